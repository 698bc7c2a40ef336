import type { SchemaModule } from "./runtime/api.js";
import type { IssuingDisputeOtherEvidence as self } from "./types/issuing_dispute_other_evidence.js";

export type IssuingDisputeOtherEvidence = self;
export declare const IssuingDisputeOtherEvidence: SchemaModule<self>;
