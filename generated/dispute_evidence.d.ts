import type { SchemaModule } from "./runtime/schema.js";
import type { DisputeEvidence as Type } from "./types/dispute_evidence.js";

export type DisputeEvidence = Type;
export declare const DisputeEvidence: SchemaModule<Type>;
