import type { TreasuryTransaction } from "./treasury.transaction.js";
import type { TreasuryTransactionsResourceBalanceImpact } from "./treasury_transactions_resource_balance_impact.js";
import type { TreasuryTransactionsResourceFlowDetails } from "./treasury_transactions_resource_flow_details.js";

/**
 * TransactionEntries represent individual units of money movements within a single [Transaction](https://stripe.com/docs/api#transactions).
 *
 * @schema `treasury.transaction_entry`
 */
export type TreasuryTransactionEntry = {
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
   * When the TransactionEntry will impact the FinancialAccount's balance.
   *
   * @format unix-time
   */
  effective_at: number;
  /**
   * The FinancialAccount associated with this object.
   *
   * @maxLength 5000
   */
  financial_account: string;
  /**
   * Token of the flow associated with the TransactionEntry.
   *
   * @maxLength 5000
   */
  flow?: string | null;
  /** Details of the flow associated with the TransactionEntry. */
  flow_details?: TreasuryTransactionsResourceFlowDetails | null;
  /** Type of the flow associated with the TransactionEntry. */
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
  object: "treasury.transaction_entry";
  /**
   * The Transaction associated with this object.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  transaction: string | TreasuryTransaction;
  /** The specific money movement that generated the TransactionEntry. */
  type:
    | "credit_reversal"
    | "credit_reversal_posting"
    | "debit_reversal"
    | "inbound_transfer"
    | "inbound_transfer_return"
    | "issuing_authorization_hold"
    | "issuing_authorization_release"
    | "other"
    | "outbound_payment"
    | "outbound_payment_cancellation"
    | "outbound_payment_failure"
    | "outbound_payment_posting"
    | "outbound_payment_return"
    | "outbound_transfer"
    | "outbound_transfer_cancellation"
    | "outbound_transfer_failure"
    | "outbound_transfer_posting"
    | "outbound_transfer_return"
    | "received_credit"
    | "received_debit";
};
