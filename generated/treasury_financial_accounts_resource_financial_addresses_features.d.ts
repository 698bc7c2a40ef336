import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceFinancialAddressesFeatures as self } from "./types/treasury_financial_accounts_resource_financial_addresses_features.js";

export type TreasuryFinancialAccountsResourceFinancialAddressesFeatures = self;
export declare const TreasuryFinancialAccountsResourceFinancialAddressesFeatures: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccountsResourceFinancialAddressesFeatures(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryFinancialAccountsResourceFinancialAddressesFeatures(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccountsResourceFinancialAddressesFeatures: runtime.Check;
