import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDisputeDuplicateEvidence as Type } from "./types/issuing_dispute_duplicate_evidence.js";

export type IssuingDisputeDuplicateEvidence = Type;
export declare const IssuingDisputeDuplicateEvidence: SchemaModule<Type>;
