import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceFinancialAddressesFeatures as self } from "./types/treasury_financial_accounts_resource_financial_addresses_features.js";

export type TreasuryFinancialAccountsResourceFinancialAddressesFeatures = self;
export declare const TreasuryFinancialAccountsResourceFinancialAddressesFeatures: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccountsResourceFinancialAddressesFeatures(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTreasuryFinancialAccountsResourceFinancialAddressesFeatures(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccountsResourceFinancialAddressesFeatures: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTreasuryFinancialAccountsResourceFinancialAddressesFeatures: runtime.Test;
