import type { ShippingRate } from "./shipping_rate.js";

/** @schema `payment_pages_checkout_session_shipping_option` */
export type PaymentPagesCheckoutSessionShippingOption = {
  /** A non-negative integer in cents representing how much to charge. */
  shipping_amount: number;
  /**
   * The shipping rate.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  shipping_rate: string | ShippingRate;
};
