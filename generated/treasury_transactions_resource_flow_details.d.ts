import type * as runtime from "./runtime/api.js";
import type { TreasuryTransactionsResourceFlowDetails as self } from "./types/treasury_transactions_resource_flow_details.js";

export type TreasuryTransactionsResourceFlowDetails = self;
export declare const TreasuryTransactionsResourceFlowDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryTransactionsResourceFlowDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryTransactionsResourceFlowDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryTransactionsResourceFlowDetails: runtime.Check;
