import type * as runtime from "./runtime/api.js";
import type { IssuingTransactionPurchaseDetails as self } from "./types/issuing_transaction_purchase_details.js";

export type IssuingTransactionPurchaseDetails = self;
export declare const IssuingTransactionPurchaseDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateIssuingTransactionPurchaseDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isIssuingTransactionPurchaseDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkIssuingTransactionPurchaseDetails: runtime.Check;
