import type { ShippingRate } from "./shipping_rate.js";

/** @schema `payment_links_resource_shipping_option` */
export type PaymentLinksResourceShippingOption = {
  /** A non-negative integer in cents representing how much to charge. */
  shipping_amount: number;
  /**
   * The ID of the Shipping Rate to use for this shipping option.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  shipping_rate: string | ShippingRate;
};
