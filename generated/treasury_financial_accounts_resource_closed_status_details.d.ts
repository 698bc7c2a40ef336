import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceClosedStatusDetails as self } from "./types/treasury_financial_accounts_resource_closed_status_details.js";

export type TreasuryFinancialAccountsResourceClosedStatusDetails = self;
export declare const TreasuryFinancialAccountsResourceClosedStatusDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccountsResourceClosedStatusDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryFinancialAccountsResourceClosedStatusDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccountsResourceClosedStatusDetails: runtime.Check;
