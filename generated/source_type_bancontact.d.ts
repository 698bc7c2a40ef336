import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeBancontact as self } from "./types/source_type_bancontact.js";

export type SourceTypeBancontact = self;
export declare const SourceTypeBancontact: SchemaModule<self>;
