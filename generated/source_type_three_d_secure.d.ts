import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTypeThreeDSecure as Type } from "./types/source_type_three_d_secure.js";

export type SourceTypeThreeDSecure = Type;
export declare const SourceTypeThreeDSecure: SchemaModule<Type>;
