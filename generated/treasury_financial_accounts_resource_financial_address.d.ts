import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceFinancialAddress as self } from "./types/treasury_financial_accounts_resource_financial_address.js";

export type TreasuryFinancialAccountsResourceFinancialAddress = self;
export declare const TreasuryFinancialAccountsResourceFinancialAddress: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccountsResourceFinancialAddress(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryFinancialAccountsResourceFinancialAddress(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccountsResourceFinancialAddress: runtime.Check;
