import type { SchemaModule } from "./runtime/api.js";
import type { IssuingDisputeMerchandiseNotAsDescribedEvidence as self } from "./types/issuing_dispute_merchandise_not_as_described_evidence.js";

export type IssuingDisputeMerchandiseNotAsDescribedEvidence = self;
export declare const IssuingDisputeMerchandiseNotAsDescribedEvidence: SchemaModule<self>;
