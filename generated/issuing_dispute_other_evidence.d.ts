import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingDisputeOtherEvidence as Type } from "./types/issuing_dispute_other_evidence.js";

export type { IssuingDisputeOtherEvidence } from "./types/issuing_dispute_other_evidence.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingDisputeOtherEvidence };
