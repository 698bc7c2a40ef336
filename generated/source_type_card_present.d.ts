import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeCardPresent as Type } from "./types/source_type_card_present.js";

export type SourceTypeCardPresent = Type;
export declare const SourceTypeCardPresent: SchemaModule<Type>;
