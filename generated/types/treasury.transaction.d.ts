import type { TreasuryTransactionEntry } from "./treasury.transaction_entry.js";
import type { TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions } from "./treasury_transactions_resource_abstract_transaction_resource_status_transitions.js";
import type { TreasuryTransactionsResourceBalanceImpact } from "./treasury_transactions_resource_balance_impact.js";
import type { TreasuryTransactionsResourceFlowDetails } from "./treasury_transactions_resource_flow_details.js";

/**
 * Transactions represent changes to a [FinancialAccount's](https://stripe.com/docs/api#financial_accounts) balance.
 *
 * @schema `treasury.transaction`
 */
export type TreasuryTransaction = {
  /** Amount (in cents) transferred. */
  amount: number;
  balance_impact: TreasuryTransactionsResourceBalanceImpact;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /**
   * An arbitrary string attached to the object. Often useful for displaying to users.
   *
   * @maxLength 5000
   */
  description: string;
  /** A list of TransactionEntries that are part of this Transaction. This cannot be expanded in any list endpoints. */
  entries?: {
    /** Details about each object. */
    data: TreasuryTransactionEntry[];
    /** True if this list has another page of items after this one that can be fetched. */
    has_more: boolean;
    /** String representing the object's type. Objects of the same type share the same value. Always has the value `list`. */
    object: "list";
    /**
     * The URL where this list can be accessed.
     *
     * @maxLength 5000
     * @pattern ^/v1/treasury/transaction_entries
     */
    url: string;
  } | null;
  /**
   * The FinancialAccount associated with this object.
   *
   * @maxLength 5000
   */
  financial_account: string;
  /**
   * ID of the flow that created the Transaction.
   *
   * @maxLength 5000
   */
  flow?: string | null;
  /** Details of the flow that created the Transaction. */
  flow_details?: TreasuryTransactionsResourceFlowDetails | null;
  /** Type of the flow that created the Transaction. */
  flow_type:
    | "credit_reversal"
    | "debit_reversal"
    | "inbound_transfer"
    | "issuing_authorization"
    | "other"
    | "outbound_payment"
    | "outbound_transfer"
    | "received_credit"
    | "received_debit";
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "treasury.transaction";
  /** Status of the Transaction. */
  status: "open" | "posted" | "void";
  status_transitions: TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions;
};
