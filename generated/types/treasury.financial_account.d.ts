import type { TreasuryFinancialAccountFeatures } from "./treasury.financial_account_features.js";
import type { TreasuryFinancialAccountsResourceBalance } from "./treasury_financial_accounts_resource_balance.js";
import type { TreasuryFinancialAccountsResourceFinancialAddress } from "./treasury_financial_accounts_resource_financial_address.js";
import type { TreasuryFinancialAccountsResourcePlatformRestrictions } from "./treasury_financial_accounts_resource_platform_restrictions.js";
import type { TreasuryFinancialAccountsResourceStatusDetails } from "./treasury_financial_accounts_resource_status_details.js";

/**
 * Stripe Treasury provides users with a container for money called a FinancialAccount that is separate from their Payments balance.
 * FinancialAccounts serve as the source and destination of Treasury’s money movement APIs.
 *
 * @schema `treasury.financial_account`
 */
export type TreasuryFinancialAccount = {
  /** The array of paths to active Features in the Features hash. */
  active_features?: (
    | "card_issuing"
    | "deposit_insurance"
    | "financial_addresses.aba"
    | "inbound_transfers.ach"
    | "intra_stripe_flows"
    | "outbound_payments.ach"
    | "outbound_payments.us_domestic_wire"
    | "outbound_transfers.ach"
    | "outbound_transfers.us_domestic_wire"
    | "remote_deposit_capture"
    | (string & {})
  )[];
  balance: TreasuryFinancialAccountsResourceBalance;
  /**
   * Two-letter country code ([ISO 3166-1 alpha-2](https://en.wikipedia.org/wiki/ISO_3166-1_alpha-2)).
   *
   * @maxLength 5000
   */
  country: string;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  features?: TreasuryFinancialAccountFeatures;
  /** The set of credentials that resolve to a FinancialAccount. */
  financial_addresses: TreasuryFinancialAccountsResourceFinancialAddress[];
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "treasury.financial_account";
  /** The array of paths to pending Features in the Features hash. */
  pending_features?: (
    | "card_issuing"
    | "deposit_insurance"
    | "financial_addresses.aba"
    | "inbound_transfers.ach"
    | "intra_stripe_flows"
    | "outbound_payments.ach"
    | "outbound_payments.us_domestic_wire"
    | "outbound_transfers.ach"
    | "outbound_transfers.us_domestic_wire"
    | "remote_deposit_capture"
    | (string & {})
  )[];
  /** The set of functionalities that the platform can restrict on the FinancialAccount. */
  platform_restrictions?: TreasuryFinancialAccountsResourcePlatformRestrictions | null;
  /** The array of paths to restricted Features in the Features hash. */
  restricted_features?: (
    | "card_issuing"
    | "deposit_insurance"
    | "financial_addresses.aba"
    | "inbound_transfers.ach"
    | "intra_stripe_flows"
    | "outbound_payments.ach"
    | "outbound_payments.us_domestic_wire"
    | "outbound_transfers.ach"
    | "outbound_transfers.us_domestic_wire"
    | "remote_deposit_capture"
    | (string & {})
  )[];
  /** The enum specifying what state the account is in. */
  status: "closed" | "open" | (string & {});
  status_details: TreasuryFinancialAccountsResourceStatusDetails;
  /** The currencies the FinancialAccount can hold a balance in. Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. */
  supported_currencies: string[];
};
