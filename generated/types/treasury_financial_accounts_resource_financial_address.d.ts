import type { TreasuryFinancialAccountsResourceAbaRecord } from "./treasury_financial_accounts_resource_aba_record.js";

/**
 * FinancialAddresses contain identifying information that resolves to a FinancialAccount.
 *
 * @schema `treasury_financial_accounts_resource_financial_address`
 */
export type TreasuryFinancialAccountsResourceFinancialAddress = {
  aba?: TreasuryFinancialAccountsResourceAbaRecord;
  /** The list of networks that the address supports */
  supported_networks?: ("ach" | "us_domestic_wire" | (string & {}))[];
  /** The type of financial address */
  type: "aba" | (string & {});
};
