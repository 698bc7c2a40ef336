import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeCard as self } from "./types/source_type_card.js";

export type SourceTypeCard = self;
export declare const SourceTypeCard: SchemaModule<self>;
