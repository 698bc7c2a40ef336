import type * as runtime from "./runtime/api.js";
import type { BankConnectionsResourceBalanceRefresh as self } from "./types/bank_connections_resource_balance_refresh.js";

export type BankConnectionsResourceBalanceRefresh = self;
export declare const BankConnectionsResourceBalanceRefresh: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateBankConnectionsResourceBalanceRefresh(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isBankConnectionsResourceBalanceRefresh(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkBankConnectionsResourceBalanceRefresh: runtime.Check;
