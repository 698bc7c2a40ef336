import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDisputeFraudulentEvidence as Type } from "./types/issuing_dispute_fraudulent_evidence.js";

export type IssuingDisputeFraudulentEvidence = Type;
export declare const IssuingDisputeFraudulentEvidence: SchemaModule<Type>;
