import type * as runtime from "./runtime/api.js";
import type { BankConnectionsResourceBalanceApiResourceCreditBalance as self } from "./types/bank_connections_resource_balance_api_resource_credit_balance.js";

export type BankConnectionsResourceBalanceApiResourceCreditBalance = self;
export declare const BankConnectionsResourceBalanceApiResourceCreditBalance: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateBankConnectionsResourceBalanceApiResourceCreditBalance(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isBankConnectionsResourceBalanceApiResourceCreditBalance(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkBankConnectionsResourceBalanceApiResourceCreditBalance: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testBankConnectionsResourceBalanceApiResourceCreditBalance: runtime.Test;
