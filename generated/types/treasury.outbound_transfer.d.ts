import type { OutboundTransfersPaymentMethodDetails } from "./outbound_transfers_payment_method_details.js";
import type { TreasuryTransaction } from "./treasury.transaction.js";
import type { TreasuryOutboundTransfersResourceReturnedDetails } from "./treasury_outbound_transfers_resource_returned_details.js";
import type { TreasuryOutboundTransfersResourceStatusTransitions } from "./treasury_outbound_transfers_resource_status_transitions.js";

/**
 * Use OutboundTransfers to transfer funds from a [FinancialAccount](https://stripe.com/docs/api#financial_accounts) to a PaymentMethod belonging to the same entity. To send funds to a different party, use [OutboundPayments](https://stripe.com/docs/api#outbound_payments) instead. You can send funds over ACH rails or through a domestic wire transfer to a user's own external bank account.
 *
 * Simulate OutboundTransfer state changes with the `/v1/test_helpers/treasury/outbound_transfers` endpoints. These methods can only be called on test mode objects.
 *
 * @schema `treasury.outbound_transfer`
 */
export type TreasuryOutboundTransfer = {
  /** Amount (in cents) transferred. */
  amount: number;
  /** Returns `true` if the object can be canceled, and `false` otherwise. */
  cancelable: boolean;
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
  /**
   * The PaymentMethod used as the payment instrument for an OutboundTransfer.
   *
   * @maxLength 5000
   */
  destination_payment_method?: string | null;
  destination_payment_method_details: OutboundTransfersPaymentMethodDetails;
  /**
   * The date when funds are expected to arrive in the destination account.
   *
   * @format unix-time
   */
  expected_arrival_date: number;
  /**
   * The FinancialAccount that funds were pulled from.
   *
   * @maxLength 5000
   */
  financial_account: string;
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
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "treasury.outbound_transfer";
  /** Details about a returned OutboundTransfer. Only set when the status is `returned`. */
  returned_details?: TreasuryOutboundTransfersResourceReturnedDetails | null;
  /**
   * Information about the OutboundTransfer to be sent to the recipient account.
   *
   * @maxLength 5000
   */
  statement_descriptor: string;
  /** Current status of the OutboundTransfer: `processing`, `failed`, `canceled`, `posted`, `returned`. An OutboundTransfer is `processing` if it has been created and is pending. The status changes to `posted` once the OutboundTransfer has been "confirmed" and funds have left the account, or to `failed` or `canceled`. If an OutboundTransfer fails to arrive at its destination, its status will change to `returned`. */
  status: "canceled" | "failed" | "posted" | "processing" | "returned";
  status_transitions: TreasuryOutboundTransfersResourceStatusTransitions;
  /**
   * The Transaction associated with this object.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  transaction: string | TreasuryTransaction;
};
