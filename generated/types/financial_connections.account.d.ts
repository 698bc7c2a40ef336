import type { BankConnectionsResourceAccountholder } from "./bank_connections_resource_accountholder.js";
import type { BankConnectionsResourceBalance } from "./bank_connections_resource_balance.js";
import type { BankConnectionsResourceBalanceRefresh } from "./bank_connections_resource_balance_refresh.js";
import type { BankConnectionsResourceOwnershipRefresh } from "./bank_connections_resource_ownership_refresh.js";
import type { FinancialConnectionsAccountOwnership } from "./financial_connections.account_ownership.js";

/**
 * A Financial Connections Account represents an account that exists outside of Stripe, to which you have been granted some degree of access.
 *
 * @schema `financial_connections.account`
 */
export type FinancialConnectionsAccount = {
  /** The account holder that this account belongs to. */
  account_holder?: BankConnectionsResourceAccountholder | null;
  /** The most recent information about the account's balance. */
  balance?: BankConnectionsResourceBalance | null;
  /** The state of the most recent attempt to refresh the account balance. */
  balance_refresh?: BankConnectionsResourceBalanceRefresh | null;
  /** The type of the account. Account category is further divided in `subcategory`. */
  category: "cash" | "credit" | "investment" | "other";
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * A human-readable name that has been assigned to this account, either by the account holder or by the institution.
   *
   * @maxLength 5000
   */
  display_name?: string | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * The name of the institution that holds this account.
   *
   * @maxLength 5000
   */
  institution_name: string;
  /**
   * The last 4 digits of the account number. If present, this will be 4 numeric characters.
   *
   * @maxLength 5000
   */
  last4?: string | null;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "financial_connections.account";
  /**
   * The most recent information about the account's owners.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  ownership?: string | FinancialConnectionsAccountOwnership | null;
  /** The state of the most recent attempt to refresh the account owners. */
  ownership_refresh?: BankConnectionsResourceOwnershipRefresh | null;
  /** The list of permissions granted by this account. */
  permissions?:
    ("balances" | "ownership" | "payment_method" | "transactions")[] | null;
  /** The status of the link to the account. */
  status: "active" | "disconnected" | "inactive";
  /**
   * If `category` is `cash`, one of:
   *
   *  - `checking`
   *  - `savings`
   *  - `other`
   *
   * If `category` is `credit`, one of:
   *
   *  - `mortgage`
   *  - `line_of_credit`
   *  - `credit_card`
   *  - `other`
   *
   * If `category` is `investment` or `other`, this will be `other`.
   */
  subcategory:
    | "checking"
    | "credit_card"
    | "line_of_credit"
    | "mortgage"
    | "other"
    | "savings";
  /** The [PaymentMethod type](https://stripe.com/docs/api/payment_methods/object#payment_method_object-type)(s) that can be created from this account. */
  supported_payment_method_types: ("link" | "us_bank_account")[];
};
