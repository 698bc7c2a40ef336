import type { BankConnectionsResourceAccountholder } from "./bank_connections_resource_accountholder.js";
import type { BankConnectionsResourceLinkAccountSessionFilters } from "./bank_connections_resource_link_account_session_filters.js";
import type { FinancialConnectionsAccount } from "./financial_connections.account.js";

/**
 * A Financial Connections Session is the secure way to programmatically launch the client-side Stripe.js modal that lets your users link their accounts.
 *
 * @schema `financial_connections.session`
 */
export type FinancialConnectionsSession = {
  /** The account holder for whom accounts are collected in this session. */
  account_holder?: BankConnectionsResourceAccountholder | null;
  /** The accounts that were collected as part of this Session. */
  accounts: {
    /** Details about each object. */
    data: FinancialConnectionsAccount[];
    /** True if this list has another page of items after this one that can be fetched. */
    has_more: boolean;
    /** String representing the object's type. Objects of the same type share the same value. Always has the value `list`. */
    object: "list";
    /**
     * The URL where this list can be accessed.
     *
     * @maxLength 5000
     * @pattern ^/v1/financial_connections/accounts
     */
    url: string;
  };
  /**
   * A value that will be passed to the client to launch the authentication flow.
   *
   * @maxLength 5000
   */
  client_secret: string;
  filters?: BankConnectionsResourceLinkAccountSessionFilters;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "financial_connections.session";
  /** Permissions requested for accounts collected during this session. */
  permissions: (
    "balances" | "ownership" | "payment_method" | "transactions" | (string & {})
  )[];
  /** Data features requested to be retrieved upon account creation. */
  prefetch?: ("balances" | "ownership" | (string & {}))[] | null;
  /**
   * For webview integrations only. Upon completing OAuth login in the native browser, the user will be redirected to this URL to return to your app.
   *
   * @maxLength 5000
   */
  return_url?: string;
};
