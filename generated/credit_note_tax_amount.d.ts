import type * as runtime from "./runtime/api.js";
import type { CreditNoteTaxAmount as self } from "./types/credit_note_tax_amount.js";

export type CreditNoteTaxAmount = self;
export declare const CreditNoteTaxAmount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCreditNoteTaxAmount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isCreditNoteTaxAmount(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCreditNoteTaxAmount: runtime.Check;
