import type * as runtime from "./runtime/api.js";
import type { SourceTransactionSepaCreditTransferData as self } from "./types/source_transaction_sepa_credit_transfer_data.js";

export type SourceTransactionSepaCreditTransferData = self;
export declare const SourceTransactionSepaCreditTransferData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTransactionSepaCreditTransferData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isSourceTransactionSepaCreditTransferData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTransactionSepaCreditTransferData: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testSourceTransactionSepaCreditTransferData: runtime.Test;
