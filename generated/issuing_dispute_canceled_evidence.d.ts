import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDisputeCanceledEvidence as Type } from "./types/issuing_dispute_canceled_evidence.js";

export type { IssuingDisputeCanceledEvidence } from "./types/issuing_dispute_canceled_evidence.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingDisputeCanceledEvidence };
