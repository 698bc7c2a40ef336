import type { TreasuryFinancialAccountsResourceFinancialAddressesFeatures } from "./treasury_financial_accounts_resource_financial_addresses_features.js";
import type { TreasuryFinancialAccountsResourceInboundTransfers } from "./treasury_financial_accounts_resource_inbound_transfers.js";
import type { TreasuryFinancialAccountsResourceOutboundPayments } from "./treasury_financial_accounts_resource_outbound_payments.js";
import type { TreasuryFinancialAccountsResourceOutboundTransfers } from "./treasury_financial_accounts_resource_outbound_transfers.js";
import type { TreasuryFinancialAccountsResourceToggleSettings } from "./treasury_financial_accounts_resource_toggle_settings.js";

/**
 * Encodes whether a FinancialAccount has access to a particular Feature, with a `status` enum and associated `status_details`.
 * Stripe or the platform can control Features via the requested field.
 *
 * @schema `treasury.financial_account_features`
 */
export type TreasuryFinancialAccountFeatures = {
  card_issuing?: TreasuryFinancialAccountsResourceToggleSettings;
  deposit_insurance?: TreasuryFinancialAccountsResourceToggleSettings;
  financial_addresses?: TreasuryFinancialAccountsResourceFinancialAddressesFeatures;
  inbound_transfers?: TreasuryFinancialAccountsResourceInboundTransfers;
  intra_stripe_flows?: TreasuryFinancialAccountsResourceToggleSettings;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "treasury.financial_account_features";
  outbound_payments?: TreasuryFinancialAccountsResourceOutboundPayments;
  outbound_transfers?: TreasuryFinancialAccountsResourceOutboundTransfers;
};
