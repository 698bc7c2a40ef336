import type { SchemaModule } from "./runtime/schema.js";
import type { DisputeEvidenceDetails as Type } from "./types/dispute_evidence_details.js";

export type DisputeEvidenceDetails = Type;
export declare const DisputeEvidenceDetails: SchemaModule<Type>;
