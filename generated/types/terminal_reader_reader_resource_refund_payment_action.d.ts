import type { Charge } from "./charge.js";
import type { PaymentIntent } from "./payment_intent.js";
import type { Refund } from "./refund.js";

/**
 * Represents a reader action to refund a payment
 *
 * @schema `terminal_reader_reader_resource_refund_payment_action`
 */
export type TerminalReaderReaderResourceRefundPaymentAction = {
  /** The amount being refunded. */
  amount?: number;
  /**
   * Charge that is being refunded.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  charge?: string | Charge;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string };
  /**
   * Payment intent that is being refunded.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  payment_intent?: string | PaymentIntent;
  /** The reason for the refund. */
  reason?: "duplicate" | "fraudulent" | "requested_by_customer";
  /**
   * Unique identifier for the refund object.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  refund?: string | Refund;
  /** Boolean indicating whether the application fee should be refunded when refunding this charge. If a full charge refund is given, the full application fee will be refunded. Otherwise, the application fee will be refunded in an amount proportional to the amount of the charge refunded. An application fee can be refunded only by the application that created the charge. */
  refund_application_fee?: boolean;
  /** Boolean indicating whether the transfer should be reversed when refunding this charge. The transfer will be reversed proportionally to the amount being refunded (either the entire or partial amount). A transfer can be reversed only by the application that created the charge. */
  reverse_transfer?: boolean;
};
