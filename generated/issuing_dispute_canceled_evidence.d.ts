import type { SchemaModule } from "./runtime/api.js";
import type { IssuingDisputeCanceledEvidence as self } from "./types/issuing_dispute_canceled_evidence.js";

export type IssuingDisputeCanceledEvidence = self;
export declare const IssuingDisputeCanceledEvidence: SchemaModule<self>;
