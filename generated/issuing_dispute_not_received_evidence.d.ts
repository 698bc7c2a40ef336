import type { SchemaModule } from "./runtime/api.js";
import type { IssuingDisputeNotReceivedEvidence as self } from "./types/issuing_dispute_not_received_evidence.js";

export type IssuingDisputeNotReceivedEvidence = self;
export declare const IssuingDisputeNotReceivedEvidence: SchemaModule<self>;
