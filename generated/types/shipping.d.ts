import type { Address } from "./address.js";

/** @schema `shipping` */
export type Shipping = {
  address?: Address;
  /**
   * The delivery service that shipped a physical product, such as Fedex, UPS, USPS, etc.
   *
   * @maxLength 5000
   */
  carrier?: string | null;
  /**
   * Recipient name.
   *
   * @maxLength 5000
   */
  name?: string;
  /**
   * Recipient phone (including extension).
   *
   * @maxLength 5000
   */
  phone?: string | null;
  /**
   * The tracking number for a physical product, obtained from the delivery service. If multiple tracking numbers were generated for this purchase, please separate them with commas.
   *
   * @maxLength 5000
   */
  tracking_number?: string | null;
};
