import type { Address } from "./address.js";

/** @schema `billing_details` */
export type BillingDetails = {
  /** Billing address. */
  address?: Address | null;
  /**
   * Email address.
   *
   * @maxLength 5000
   */
  email?: string | null;
  /**
   * Full name.
   *
   * @maxLength 5000
   */
  name?: string | null;
  /**
   * Billing phone number (including extension).
   *
   * @maxLength 5000
   */
  phone?: string | null;
};
