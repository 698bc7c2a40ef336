import type { SchemaModule } from "./runtime/api.js";
import type { Dispute as self } from "./types/dispute.js";

export type Dispute = self;
export declare const Dispute: SchemaModule<self>;
