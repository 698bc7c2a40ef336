import type * as runtime from "./runtime/api.js";
import type { BankConnectionsResourceBalanceApiResourceCreditBalance as self } from "./types/bank_connections_resource_balance_api_resource_credit_balance.js";

export type BankConnectionsResourceBalanceApiResourceCreditBalance = self;
export declare const BankConnectionsResourceBalanceApiResourceCreditBalance: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateBankConnectionsResourceBalanceApiResourceCreditBalance(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isBankConnectionsResourceBalanceApiResourceCreditBalance(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkBankConnectionsResourceBalanceApiResourceCreditBalance: runtime.Check;
