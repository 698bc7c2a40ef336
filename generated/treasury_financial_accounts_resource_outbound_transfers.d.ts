import type * as runtime from "./runtime/api.js";
import type { TreasuryFinancialAccountsResourceOutboundTransfers as self } from "./types/treasury_financial_accounts_resource_outbound_transfers.js";

export type TreasuryFinancialAccountsResourceOutboundTransfers = self;
export declare const TreasuryFinancialAccountsResourceOutboundTransfers: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryFinancialAccountsResourceOutboundTransfers(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryFinancialAccountsResourceOutboundTransfers(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryFinancialAccountsResourceOutboundTransfers: runtime.Check;
