import type * as runtime from "./runtime/api.js";
import type { CreditNoteLineItem as self } from "./types/credit_note_line_item.js";

export type CreditNoteLineItem = self;
export declare const CreditNoteLineItem: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateCreditNoteLineItem(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isCreditNoteLineItem(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkCreditNoteLineItem: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testCreditNoteLineItem: runtime.Test;
