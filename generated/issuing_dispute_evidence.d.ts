import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDisputeEvidence as Type } from "./types/issuing_dispute_evidence.js";

export type IssuingDisputeEvidence = Type;
export declare const IssuingDisputeEvidence: SchemaModule<Type>;
