import type { TreasuryTransaction } from "./treasury.transaction.js";
import type { TreasuryReceivedCreditsResourceLinkedFlows } from "./treasury_received_credits_resource_linked_flows.js";
import type { TreasuryReceivedCreditsResourceReversalDetails } from "./treasury_received_credits_resource_reversal_details.js";
import type { TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails } from "./treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details.js";

/**
 * ReceivedCredits represent funds sent to a [FinancialAccount](https://stripe.com/docs/api#financial_accounts) (for example, via ACH or wire). These money movements are not initiated from the FinancialAccount.
 *
 * @schema `treasury.received_credit`
 */
export type TreasuryReceivedCredit = {
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
  /** Reason for the failure. A ReceivedCredit might fail because the receiving FinancialAccount is closed or frozen. */
  failure_code?:
    "account_closed" | "account_frozen" | "other" | (string & {}) | null;
  /**
   * The FinancialAccount that received the funds.
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
  initiating_payment_method_details: TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails;
  linked_flows: TreasuryReceivedCreditsResourceLinkedFlows;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** The rails used to send the funds. */
  network: "ach" | "card" | "stripe" | "us_domestic_wire" | (string & {});
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "treasury.received_credit";
  /** Details describing when a ReceivedCredit may be reversed. */
  reversal_details?: TreasuryReceivedCreditsResourceReversalDetails | null;
  /** Status of the ReceivedCredit. ReceivedCredits are created either `succeeded` (approved) or `failed` (declined). If a ReceivedCredit is declined, the failure reason can be found in the `failure_code` field. */
  status: "failed" | "succeeded" | (string & {});
  /**
   * The Transaction associated with this object.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  transaction?: string | TreasuryTransaction | null;
};
