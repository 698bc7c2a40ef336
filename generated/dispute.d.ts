import type { SchemaModule } from "./runtime/schema.js";
import type { Dispute as self } from "./types/dispute.js";

export type Dispute = self;
export declare const Dispute: SchemaModule<self>;
