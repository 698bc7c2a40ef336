import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDisputeOtherEvidence as Type } from "./types/issuing_dispute_other_evidence.js";

export type IssuingDisputeOtherEvidence = Type;
export declare const IssuingDisputeOtherEvidence: SchemaModule<Type>;
