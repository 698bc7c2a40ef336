import type { SchemaModule } from "./runtime/api.js";
import type { IssuingDisputeFraudulentEvidence as self } from "./types/issuing_dispute_fraudulent_evidence.js";

export type IssuingDisputeFraudulentEvidence = self;
export declare const IssuingDisputeFraudulentEvidence: SchemaModule<self>;
