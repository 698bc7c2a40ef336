import type * as runtime from "./runtime/api.js";
import type { IssuingTransactionReceiptData as self } from "./types/issuing_transaction_receipt_data.js";

export type IssuingTransactionReceiptData = self;
export declare const IssuingTransactionReceiptData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingTransactionReceiptData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingTransactionReceiptData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingTransactionReceiptData: runtime.Check;
