import type { ShippingRateDeliveryEstimate } from "./shipping_rate_delivery_estimate.js";
import type { ShippingRateFixedAmount } from "./shipping_rate_fixed_amount.js";
import type { TaxCode } from "./tax_code.js";

/**
 * Shipping rates describe the price of shipping presented to your customers and
 * applied to a purchase. For more information, see [Charge for shipping](https://stripe.com/docs/payments/during-payment/charge-shipping).
 *
 * @schema `shipping_rate`
 */
export type ShippingRate = {
  /** Whether the shipping rate can be used for new purchases. Defaults to `true`. */
  active: boolean;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** The estimated range for how long shipping will take, meant to be displayable to the customer. This will appear on CheckoutSessions. */
  delivery_estimate?: ShippingRateDeliveryEstimate | null;
  /**
   * The name of the shipping rate, meant to be displayable to the customer. This will appear on CheckoutSessions.
   *
   * @maxLength 5000
   */
  display_name?: string | null;
  fixed_amount?: ShippingRateFixedAmount;
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
  object: "shipping_rate";
  /** Specifies whether the rate is considered inclusive of taxes or exclusive of taxes. One of `inclusive`, `exclusive`, or `unspecified`. */
  tax_behavior?: "exclusive" | "inclusive" | "unspecified" | null;
  /**
   * A [tax code](https://stripe.com/docs/tax/tax-categories) ID. The Shipping tax code is `txcd_92010001`.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  tax_code?: string | TaxCode | null;
  /** The type of calculation to use on the shipping rate. Can only be `fixed_amount` for now. */
  type: "fixed_amount";
};
