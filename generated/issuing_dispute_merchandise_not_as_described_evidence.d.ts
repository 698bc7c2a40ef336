import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDisputeMerchandiseNotAsDescribedEvidence as Type } from "./types/issuing_dispute_merchandise_not_as_described_evidence.js";

export type IssuingDisputeMerchandiseNotAsDescribedEvidence = Type;
export declare const IssuingDisputeMerchandiseNotAsDescribedEvidence: SchemaModule<Type>;
