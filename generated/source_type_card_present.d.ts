import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeCardPresent as self } from "./types/source_type_card_present.js";

export type SourceTypeCardPresent = self;
export declare const SourceTypeCardPresent: SchemaModule<self>;
