import type { InboundTransfers } from "./inbound_transfers.js";
import type { TreasuryTransaction } from "./treasury.transaction.js";
import type { TreasuryInboundTransfersResourceFailureDetails } from "./treasury_inbound_transfers_resource_failure_details.js";
import type { TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows } from "./treasury_inbound_transfers_resource_inbound_transfer_resource_linked_flows.js";
import type { TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions } from "./treasury_inbound_transfers_resource_inbound_transfer_resource_status_transitions.js";

/**
 * Use [InboundTransfers](https://stripe.com/docs/treasury/moving-money/financial-accounts/into/inbound-transfers) to add funds to your [FinancialAccount](https://stripe.com/docs/api#financial_accounts) via a PaymentMethod that is owned by you. The funds will be transferred via an ACH debit.
 *
 * @schema `treasury.inbound_transfer`
 */
export type TreasuryInboundTransfer = {
  /** Amount (in cents) transferred. */
  amount: number;
  /** Returns `true` if the InboundTransfer is able to be canceled. */
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
  /** Details about this InboundTransfer's failure. Only set when status is `failed`. */
  failure_details?: TreasuryInboundTransfersResourceFailureDetails | null;
  /**
   * The FinancialAccount that received the funds.
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
  linked_flows: TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "treasury.inbound_transfer";
  /**
   * The origin payment method to be debited for an InboundTransfer.
   *
   * @maxLength 5000
   */
  origin_payment_method: string;
  /** Details about the PaymentMethod for an InboundTransfer. */
  origin_payment_method_details?: InboundTransfers | null;
  /** Returns `true` if the funds for an InboundTransfer were returned after the InboundTransfer went to the `succeeded` state. */
  returned?: boolean | null;
  /**
   * Statement descriptor shown when funds are debited from the source. Not all payment networks support `statement_descriptor`.
   *
   * @maxLength 5000
   */
  statement_descriptor: string;
  /** Status of the InboundTransfer: `processing`, `succeeded`, `failed`, and `canceled`. An InboundTransfer is `processing` if it is created and pending. The status changes to `succeeded` once the funds have been "confirmed" and a `transaction` is created and posted. The status changes to `failed` if the transfer fails. */
  status: "canceled" | "failed" | "processing" | "succeeded";
  status_transitions: TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions;
  /**
   * The Transaction associated with this object.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  transaction?: string | TreasuryTransaction | null;
};
