import type { SchemaModule } from "./runtime/api.js";
import type { DisputeEvidenceDetails as self } from "./types/dispute_evidence_details.js";

export type DisputeEvidenceDetails = self;
export declare const DisputeEvidenceDetails: SchemaModule<self>;
