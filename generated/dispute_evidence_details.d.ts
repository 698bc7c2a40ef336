import type { SchemaModule } from "./runtime/schema.js";
import type { DisputeEvidenceDetails as Type } from "./types/dispute_evidence_details.js";

export type { DisputeEvidenceDetails } from "./types/dispute_evidence_details.js";
declare const schema: SchemaModule<Type>;
export { schema as DisputeEvidenceDetails };
