import type { SchemaModule } from "./runtime/api.js";
import type { InvoicesStatusTransitions as self } from "./types/invoices_status_transitions.js";

export type InvoicesStatusTransitions = self;
export declare const InvoicesStatusTransitions: SchemaModule<self>;
