import type { CustomerTaxLocation } from "./customer_tax_location.js";

/** @schema `customer_tax` */
export type CustomerTax = {
  /** Surfaces if automatic tax computation is possible given the current customer location information. */
  automatic_tax:
    "failed" | "not_collecting" | "supported" | "unrecognized_location";
  /**
   * A recent IP address of the customer used for tax reporting and tax location inference.
   *
   * @maxLength 5000
   */
  ip_address?: string | null;
  /** The customer's location as identified by Stripe Tax. */
  location?: CustomerTaxLocation | null;
};
