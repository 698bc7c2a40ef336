import type { SchemaModule } from "./runtime/api.js";
import type { IssuingDisputeServiceNotAsDescribedEvidence as self } from "./types/issuing_dispute_service_not_as_described_evidence.js";

export type IssuingDisputeServiceNotAsDescribedEvidence = self;
export declare const IssuingDisputeServiceNotAsDescribedEvidence: SchemaModule<self>;
