import type { ApplicationFee } from "./application_fee.js";
import type { Charge } from "./charge.js";
import type { ConnectCollectionTransfer } from "./connect_collection_transfer.js";
import type { CustomerCashBalanceTransaction } from "./customer_cash_balance_transaction.js";
import type { Dispute } from "./dispute.js";
import type { Fee } from "./fee.js";
import type { FeeRefund } from "./fee_refund.js";
import type { IssuingAuthorization } from "./issuing.authorization.js";
import type { IssuingDispute } from "./issuing.dispute.js";
import type { IssuingTransaction } from "./issuing.transaction.js";
import type { Payout } from "./payout.js";
import type { PlatformTaxFee } from "./platform_tax_fee.js";
import type { Refund } from "./refund.js";
import type { ReserveTransaction } from "./reserve_transaction.js";
import type { TaxDeductedAtSource } from "./tax_deducted_at_source.js";
import type { Topup } from "./topup.js";
import type { Transfer } from "./transfer.js";
import type { TransferReversal } from "./transfer_reversal.js";

/**
 * Balance transactions represent funds moving through your Stripe account.
 * They're created for every type of transaction that comes into or flows out of your Stripe account balance.
 *
 * Related guide: [Balance transaction types](https://stripe.com/docs/reports/balance-transaction-types)
 *
 * @schema `balance_transaction`
 */
export type BalanceTransaction = {
  /** Gross amount of the transaction, in cents (or local equivalent). */
  amount: number;
  /**
   * The date the transaction's net funds will become available in the Stripe balance.
   *
   * @format unix-time
   */
  available_on: number;
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
  description?: string | null;
  /** The exchange rate used, if applicable, for this transaction. Specifically, if money was converted from currency A to currency B, then the `amount` in currency A, times `exchange_rate`, would be the `amount` in currency B. For example, suppose you charged a customer 10.00 EUR. Then the PaymentIntent's `amount` would be `1000` and `currency` would be `eur`. Suppose this was converted into 12.34 USD in your Stripe account. Then the BalanceTransaction's `amount` would be `1234`, `currency` would be `usd`, and `exchange_rate` would be `1.234`. */
  exchange_rate?: number | null;
  /** Fees (in cents (or local equivalent)) paid for this transaction. */
  fee: number;
  /** Detailed breakdown of fees (in cents (or local equivalent)) paid for this transaction. */
  fee_details: Fee[];
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Net amount of the transaction, in cents (or local equivalent). */
  net: number;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "balance_transaction";
  /**
   * [Learn more](https://stripe.com/docs/reports/reporting-categories) about how reporting categories can help you understand balance transactions from an accounting perspective.
   *
   * @maxLength 5000
   */
  reporting_category: string;
  /**
   * The Stripe object to which this transaction is related.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  source?:
    | string
    | ApplicationFee
    | Charge
    | ConnectCollectionTransfer
    | CustomerCashBalanceTransaction
    | Dispute
    | FeeRefund
    | IssuingAuthorization
    | IssuingDispute
    | IssuingTransaction
    | Payout
    | PlatformTaxFee
    | Refund
    | ReserveTransaction
    | TaxDeductedAtSource
    | Topup
    | Transfer
    | TransferReversal
    | null;
  /**
   * If the transaction's net funds are available in the Stripe balance yet. Either `available` or `pending`.
   *
   * @maxLength 5000
   */
  status: string;
  /** Transaction type: `adjustment`, `advance`, `advance_funding`, `anticipation_repayment`, `application_fee`, `application_fee_refund`, `charge`, `connect_collection_transfer`, `contribution`, `issuing_authorization_hold`, `issuing_authorization_release`, `issuing_dispute`, `issuing_transaction`, `obligation_inbound`, `obligation_outbound`, `obligation_reversal_inbound`, `obligation_reversal_outbound`, `obligation_payout`, `obligation_payout_failure`, `payment`, `payment_failure_refund`, `payment_refund`, `payment_reversal`, `payout`, `payout_cancel`, `payout_failure`, `refund`, `refund_failure`, `reserve_transaction`, `reserved_funds`, `stripe_fee`, `stripe_fx_fee`, `tax_fee`, `topup`, `topup_reversal`, `transfer`, `transfer_cancel`, `transfer_failure`, or `transfer_refund`. [Learn more](https://stripe.com/docs/reports/balance-transaction-types) about balance transaction types and what they represent. If you are looking to classify transactions for accounting purposes, you might want to consider `reporting_category` instead. */
  type:
    | "adjustment"
    | "advance"
    | "advance_funding"
    | "anticipation_repayment"
    | "application_fee"
    | "application_fee_refund"
    | "charge"
    | "connect_collection_transfer"
    | "contribution"
    | "issuing_authorization_hold"
    | "issuing_authorization_release"
    | "issuing_dispute"
    | "issuing_transaction"
    | "obligation_inbound"
    | "obligation_outbound"
    | "obligation_payout"
    | "obligation_payout_failure"
    | "obligation_reversal_inbound"
    | "obligation_reversal_outbound"
    | "payment"
    | "payment_failure_refund"
    | "payment_refund"
    | "payment_reversal"
    | "payout"
    | "payout_cancel"
    | "payout_failure"
    | "refund"
    | "refund_failure"
    | "reserve_transaction"
    | "reserved_funds"
    | "stripe_fee"
    | "stripe_fx_fee"
    | "tax_fee"
    | "topup"
    | "topup_reversal"
    | "transfer"
    | "transfer_cancel"
    | "transfer_failure"
    | "transfer_refund";
};
