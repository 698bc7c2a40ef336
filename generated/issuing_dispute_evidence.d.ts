import type { SchemaModule } from "./runtime/api.js";
import type { IssuingDisputeEvidence as self } from "./types/issuing_dispute_evidence.js";

export type IssuingDisputeEvidence = self;
export declare const IssuingDisputeEvidence: SchemaModule<self>;
