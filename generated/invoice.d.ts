import type * as runtime from "./runtime/api.js";
import type { Invoice as self } from "./types/invoice.js";

export type Invoice = self;
export declare const Invoice: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInvoice(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInvoice(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInvoice: runtime.Check;
