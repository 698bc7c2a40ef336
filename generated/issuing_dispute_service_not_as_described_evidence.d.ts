import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDisputeServiceNotAsDescribedEvidence as Type } from "./types/issuing_dispute_service_not_as_described_evidence.js";

export type { IssuingDisputeServiceNotAsDescribedEvidence } from "./types/issuing_dispute_service_not_as_described_evidence.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingDisputeServiceNotAsDescribedEvidence };
