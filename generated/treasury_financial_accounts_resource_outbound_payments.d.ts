import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceOutboundPayments as self } from "./types/treasury_financial_accounts_resource_outbound_payments.js";

export type TreasuryFinancialAccountsResourceOutboundPayments = self;
export declare const TreasuryFinancialAccountsResourceOutboundPayments: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccountsResourceOutboundPayments(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryFinancialAccountsResourceOutboundPayments(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccountsResourceOutboundPayments: runtime.Check;
