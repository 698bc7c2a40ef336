import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDisputeNotReceivedEvidence as Type } from "./types/issuing_dispute_not_received_evidence.js";

export type { IssuingDisputeNotReceivedEvidence } from "./types/issuing_dispute_not_received_evidence.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingDisputeNotReceivedEvidence };
