import type * as runtime from "./runtime/api.js";
import type { InvoicesStatusTransitions as self } from "./types/invoices_status_transitions.js";

export type InvoicesStatusTransitions = self;
export declare const InvoicesStatusTransitions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoicesStatusTransitions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoicesStatusTransitions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoicesStatusTransitions: runtime.Check;
