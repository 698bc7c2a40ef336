import type { SchemaModule } from "./runtime/api.js";
import type { SourceTypeThreeDSecure as self } from "./types/source_type_three_d_secure.js";

export type SourceTypeThreeDSecure = self;
export declare const SourceTypeThreeDSecure: SchemaModule<self>;
