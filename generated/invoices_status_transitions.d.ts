import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicesStatusTransitions as Type } from "./types/invoices_status_transitions.js";

export type InvoicesStatusTransitions = Type;
export declare const InvoicesStatusTransitions: SchemaModule<Type>;
