import type * as runtime from "./runtime/api.js";
import type { SourceTransactionChfCreditTransferData as self } from "./types/source_transaction_chf_credit_transfer_data.js";

export type SourceTransactionChfCreditTransferData = self;
export declare const SourceTransactionChfCreditTransferData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTransactionChfCreditTransferData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isSourceTransactionChfCreditTransferData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTransactionChfCreditTransferData: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testSourceTransactionChfCreditTransferData: runtime.Test;
