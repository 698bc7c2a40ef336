import type { SchemaModule } from "./runtime/schema.js";
import type { InvoicesStatusTransitions as Type } from "./types/invoices_status_transitions.js";

export type { InvoicesStatusTransitions } from "./types/invoices_status_transitions.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoicesStatusTransitions };
