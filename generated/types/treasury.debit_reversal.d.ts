import type { TreasuryTransaction } from "./treasury.transaction.js";
import type { TreasuryReceivedDebitsResourceDebitReversalLinkedFlows } from "./treasury_received_debits_resource_debit_reversal_linked_flows.js";
import type { TreasuryReceivedDebitsResourceStatusTransitions } from "./treasury_received_debits_resource_status_transitions.js";

/**
 * You can reverse some [ReceivedDebits](https://stripe.com/docs/api#received_debits) depending on their network and source flow. Reversing a ReceivedDebit leads to the creation of a new object known as a DebitReversal.
 *
 * @schema `treasury.debit_reversal`
 */
export type TreasuryDebitReversal = {
  /** Amount (in cents) transferred. */
  amount: number;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /**
   * The FinancialAccount to reverse funds from.
   *
   * @maxLength 5000
   */
  financial_account?: string | null;
  /**
   * A [hosted transaction receipt](https://stripe.com/docs/treasury/moving-money/regulatory-receipts) URL that is provided when money movement is considered regulated under Stripe's money transmission licenses.
   *
   * @maxLength 5000
   */
  hosted_regulatory_receipt_url?: string | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Other flows linked to a DebitReversal. */
  linked_flows?: TreasuryReceivedDebitsResourceDebitReversalLinkedFlows | null;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /** The rails used to reverse the funds. */
  network: "ach" | "card";
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "treasury.debit_reversal";
  /**
   * The ReceivedDebit being reversed.
   *
   * @maxLength 5000
   */
  received_debit: string;
  /** Status of the DebitReversal */
  status: "failed" | "processing" | "succeeded";
  status_transitions: TreasuryReceivedDebitsResourceStatusTransitions;
  /**
   * The Transaction associated with this object.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  transaction?: string | TreasuryTransaction | null;
};
