import type * as runtime from "./runtime/api.js";
import type { SourceTransactionSepaCreditTransferData as self } from "./types/source_transaction_sepa_credit_transfer_data.js";

export type SourceTransactionSepaCreditTransferData = self;
export declare const SourceTransactionSepaCreditTransferData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTransactionSepaCreditTransferData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTransactionSepaCreditTransferData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTransactionSepaCreditTransferData: runtime.Check;
