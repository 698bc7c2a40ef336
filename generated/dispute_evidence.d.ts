import type { SchemaModule } from "./runtime/api.js";
import type { DisputeEvidence as self } from "./types/dispute_evidence.js";

export type DisputeEvidence = self;
export declare const DisputeEvidence: SchemaModule<self>;
