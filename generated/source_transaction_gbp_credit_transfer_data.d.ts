import type * as runtime from "./runtime/api.js";
import type { SourceTransactionGbpCreditTransferData as self } from "./types/source_transaction_gbp_credit_transfer_data.js";

export type SourceTransactionGbpCreditTransferData = self;
export declare const SourceTransactionGbpCreditTransferData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceTransactionGbpCreditTransferData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceTransactionGbpCreditTransferData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceTransactionGbpCreditTransferData: runtime.Check;
