import type * as runtime from "./runtime/api.js";
import type { CreditNote as self } from "./types/credit_note.js";

export type CreditNote = self;
export declare const CreditNote: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCreditNote(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCreditNote(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCreditNote: runtime.Check;
