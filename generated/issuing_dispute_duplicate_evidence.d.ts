import type { SchemaModule } from "./runtime/api.js";
import type { IssuingDisputeDuplicateEvidence as self } from "./types/issuing_dispute_duplicate_evidence.js";

export type IssuingDisputeDuplicateEvidence = self;
export declare const IssuingDisputeDuplicateEvidence: SchemaModule<self>;
