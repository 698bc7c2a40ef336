import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeCard as Type } from "./types/source_type_card.js";

export type SourceTypeCard = Type;
export declare const SourceTypeCard: SchemaModule<Type>;
