import type * as runtime from "./runtime/api.js";
import type { SourceTransactionChfCreditTransferData as self } from "./types/source_transaction_chf_credit_transfer_data.js";

export type SourceTransactionChfCreditTransferData = self;
export declare const SourceTransactionChfCreditTransferData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTransactionChfCreditTransferData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTransactionChfCreditTransferData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTransactionChfCreditTransferData: runtime.Check;
