import type { SchemaModule } from "./runtime/schema.js";
import type { Dispute as Type } from "./types/dispute.js";

export type Dispute = Type;
export declare const Dispute: SchemaModule<Type>;
