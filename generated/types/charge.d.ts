import type { Account } from "./account.js";
import type { Application } from "./application.js";
import type { ApplicationFee } from "./application_fee.js";
import type { BalanceTransaction } from "./balance_transaction.js";
import type { BillingDetails } from "./billing_details.js";
import type { ChargeFraudDetails } from "./charge_fraud_details.js";
import type { ChargeOutcome } from "./charge_outcome.js";
import type { ChargeTransferData } from "./charge_transfer_data.js";
import type { Customer } from "./customer.js";
import type { DeletedCustomer } from "./deleted_customer.js";
import type { Invoice } from "./invoice.js";
import type { PaymentIntent } from "./payment_intent.js";
import type { PaymentMethodDetails } from "./payment_method_details.js";
import type { RadarRadarOptions } from "./radar_radar_options.js";
import type { Refund } from "./refund.js";
import type { Review } from "./review.js";
import type { Shipping } from "./shipping.js";
import type { Transfer } from "./transfer.js";

/**
 * The `Charge` object represents a single attempt to move money into your Stripe account.
 * PaymentIntent confirmation is the most common way to create Charges, but transferring
 * money to a different Stripe account through Connect also creates Charges.
 * Some legacy payment flows create Charges directly, which is not recommended for new integrations.
 *
 * @schema `charge`
 */
export type Charge = {
  /** Amount intended to be collected by this payment. A positive integer representing how much to charge in the [smallest currency unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The minimum amount is $0.50 US or [equivalent in charge currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts). The amount value supports up to eight digits (e.g., a value of 99999999 for a USD charge of $999,999.99). */
  amount: number;
  /** Amount in cents (or local equivalent) captured (can be less than the amount attribute on the charge if a partial capture was made). */
  amount_captured: number;
  /** Amount in cents (or local equivalent) refunded (can be less than the amount attribute on the charge if a partial refund was issued). */
  amount_refunded: number;
  /**
   * ID of the Connect application that created the charge.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  application?: string | Application | null;
  /**
   * The application fee (if any) for the charge. [See the Connect documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees) for details.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  application_fee?: string | ApplicationFee | null;
  /** The amount of the application fee (if any) requested for the charge. [See the Connect documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees) for details. */
  application_fee_amount?: number | null;
  /**
   * ID of the balance transaction that describes the impact of this charge on your account balance (not including refunds or disputes).
   *
   * @expandable An ID, or the object when the request expands this field
   */
  balance_transaction?: string | BalanceTransaction | null;
  billing_details: BillingDetails;
  /**
   * The full statement descriptor that is passed to card networks, and that is displayed on your customers' credit card and bank statements. Allows you to see what the statement descriptor looks like after the static and dynamic portions are combined.
   *
   * @maxLength 5000
   */
  calculated_statement_descriptor?: string | null;
  /** If the charge was created without capturing, this Boolean represents whether it is still uncaptured or has since been captured. */
  captured: boolean;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Must be a [supported currency](https://stripe.com/docs/currencies). */
  currency: string;
  /**
   * ID of the customer this charge is for if one exists.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer?: string | Customer | DeletedCustomer | null;
  /**
   * An arbitrary string attached to the object. Often useful for displaying to users.
   *
   * @maxLength 40000
   */
  description?: string | null;
  /** Whether the charge has been disputed. */
  disputed: boolean;
  /**
   * ID of the balance transaction that describes the reversal of the balance on your account due to payment failure.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  failure_balance_transaction?: string | BalanceTransaction | null;
  /**
   * Error code explaining reason for charge failure if available (see [the errors section](https://stripe.com/docs/error-codes) for a list of codes).
   *
   * @maxLength 5000
   */
  failure_code?: string | null;
  /**
   * Message to user further explaining reason for charge failure if available.
   *
   * @maxLength 5000
   */
  failure_message?: string | null;
  /** Information on fraud assessments for the charge. */
  fraud_details?: ChargeFraudDetails | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * ID of the invoice this charge is for if one exists.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  invoice?: string | Invoice | null;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "charge";
  /**
   * The account (if any) the charge was made on behalf of without triggering an automatic transfer. See the [Connect documentation](https://stripe.com/docs/connect/separate-charges-and-transfers) for details.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  on_behalf_of?: string | Account | null;
  /** Details about whether the payment was accepted, and why. See [understanding declines](https://stripe.com/docs/declines) for details. */
  outcome?: ChargeOutcome | null;
  /** `true` if the charge succeeded, or was successfully authorized for later capture. */
  paid: boolean;
  /**
   * ID of the PaymentIntent associated with this charge, if one exists.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  payment_intent?: string | PaymentIntent | null;
  /**
   * ID of the payment method used in this charge.
   *
   * @maxLength 5000
   */
  payment_method?: string | null;
  /** Details about the payment method at the time of the transaction. */
  payment_method_details?: PaymentMethodDetails | null;
  radar_options?: RadarRadarOptions;
  /**
   * This is the email address that the receipt for this charge was sent to.
   *
   * @maxLength 5000
   */
  receipt_email?: string | null;
  /**
   * This is the transaction number that appears on email receipts sent for this charge. This attribute will be `null` until a receipt has been sent.
   *
   * @maxLength 5000
   */
  receipt_number?: string | null;
  /**
   * This is the URL to view the receipt for this charge. The receipt is kept up-to-date to the latest state of the charge, including any refunds. If the charge is for an Invoice, the receipt will be stylized as an Invoice receipt.
   *
   * @maxLength 5000
   */
  receipt_url?: string | null;
  /** Whether the charge has been fully refunded. If the charge is only partially refunded, this attribute will still be false. */
  refunded: boolean;
  /** A list of refunds that have been applied to the charge. */
  refunds?: {
    /** Details about each object. */
    data: Refund[];
    /** True if this list has another page of items after this one that can be fetched. */
    has_more: boolean;
    /** String representing the object's type. Objects of the same type share the same value. Always has the value `list`. */
    object: "list";
    /**
     * The URL where this list can be accessed.
     *
     * @maxLength 5000
     */
    url: string;
  } | null;
  /**
   * ID of the review associated with this charge if one exists.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  review?: string | Review | null;
  /** Shipping information for the charge. */
  shipping?: Shipping | null;
  /**
   * The transfer ID which created this charge. Only present if the charge came from another Stripe account. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  source_transfer?: string | Transfer | null;
  /**
   * For card charges, use `statement_descriptor_suffix` instead. Otherwise, you can use this value as the complete description of a charge on your customers’ statements. Must contain at least one letter, maximum 22 characters.
   *
   * @maxLength 5000
   */
  statement_descriptor?: string | null;
  /**
   * Provides information about the charge that customers see on their statements. Concatenated with the prefix (shortened descriptor) or statement descriptor that’s set on the account to form the complete statement descriptor. Maximum 22 characters for the concatenated descriptor.
   *
   * @maxLength 5000
   */
  statement_descriptor_suffix?: string | null;
  /** The status of the payment is either `succeeded`, `pending`, or `failed`. */
  status: "failed" | "pending" | "succeeded";
  /**
   * ID of the transfer to the `destination` account (only applicable if the charge was created using the `destination` parameter).
   *
   * @expandable An ID, or the object when the request expands this field
   */
  transfer?: string | Transfer;
  /** An optional dictionary including the account to automatically transfer to as part of a destination charge. [See the Connect documentation](https://stripe.com/docs/connect/destination-charges) for details. */
  transfer_data?: ChargeTransferData | null;
  /**
   * A string that identifies this transaction as part of a group. See the [Connect documentation](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options) for details.
   *
   * @maxLength 5000
   */
  transfer_group?: string | null;
};
