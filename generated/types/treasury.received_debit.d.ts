import type { TreasuryTransaction } from "./treasury.transaction.js";
import type { TreasuryReceivedDebitsResourceLinkedFlows } from "./treasury_received_debits_resource_linked_flows.js";
import type { TreasuryReceivedDebitsResourceReversalDetails } from "./treasury_received_debits_resource_reversal_details.js";
import type { TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails } from "./treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details.js";

/**
 * ReceivedDebits represent funds pulled from a [FinancialAccount](https://stripe.com/docs/api#financial_accounts). These are not initiated from the FinancialAccount.
 *
 * @schema `treasury.received_debit`
 */
export type TreasuryReceivedDebit = {
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
   * An arbitrary string attached to the object. Often useful for displaying to users.
   *
   * @maxLength 5000
   */
  description: string;
  /** Reason for the failure. A ReceivedDebit might fail because the FinancialAccount doesn't have sufficient funds, is closed, or is frozen. */
  failure_code?:
    "account_closed" | "account_frozen" | "insufficient_funds" | "other" | null;
  /**
   * The FinancialAccount that funds were pulled from.
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
  initiating_payment_method_details?: TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails;
  linked_flows: TreasuryReceivedDebitsResourceLinkedFlows;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** The network used for the ReceivedDebit. */
  network: "ach" | "card" | "stripe" | (string & {});
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "treasury.received_debit";
  /** Details describing when a ReceivedDebit might be reversed. */
  reversal_details?: TreasuryReceivedDebitsResourceReversalDetails | null;
  /** Status of the ReceivedDebit. ReceivedDebits are created with a status of either `succeeded` (approved) or `failed` (declined). The failure reason can be found under the `failure_code`. */
  status: "failed" | "succeeded" | (string & {});
  /**
   * The Transaction associated with this object.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  transaction?: string | TreasuryTransaction | null;
};
