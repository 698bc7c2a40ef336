import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDisputeCanceledEvidence as Type } from "./types/issuing_dispute_canceled_evidence.js";

export type IssuingDisputeCanceledEvidence = Type;
export declare const IssuingDisputeCanceledEvidence: SchemaModule<Type>;
