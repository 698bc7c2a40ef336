import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceStatusDetails as self } from "./types/treasury_financial_accounts_resource_status_details.js";

export type TreasuryFinancialAccountsResourceStatusDetails = self;
export declare const TreasuryFinancialAccountsResourceStatusDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccountsResourceStatusDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryFinancialAccountsResourceStatusDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccountsResourceStatusDetails: runtime.Check;
