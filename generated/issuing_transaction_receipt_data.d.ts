import type * as runtime from "./runtime/api.js";
import type { IssuingTransactionReceiptData as self } from "./types/issuing_transaction_receipt_data.js";

export type IssuingTransactionReceiptData = self;
export declare const IssuingTransactionReceiptData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingTransactionReceiptData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isIssuingTransactionReceiptData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingTransactionReceiptData: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testIssuingTransactionReceiptData: runtime.Test;
