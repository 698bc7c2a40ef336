import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDisputeEvidence as Type } from "./types/issuing_dispute_evidence.js";

export type { IssuingDisputeEvidence } from "./types/issuing_dispute_evidence.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingDisputeEvidence };
