import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDisputeNotReceivedEvidence as Type } from "./types/issuing_dispute_not_received_evidence.js";

export type IssuingDisputeNotReceivedEvidence = Type;
export declare const IssuingDisputeNotReceivedEvidence: SchemaModule<Type>;
