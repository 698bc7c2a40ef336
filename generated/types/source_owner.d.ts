import type { Address } from "./address.js";

/** @schema `source_owner` */
export type SourceOwner = {
  /** Owner's address. */
  address?: Address | null;
  /**
   * Owner's email address.
   *
   * @maxLength 5000
   */
  email?: string | null;
  /**
   * Owner's full name.
   *
   * @maxLength 5000
   */
  name?: string | null;
  /**
   * Owner's phone number (including extension).
   *
   * @maxLength 5000
   */
  phone?: string | null;
  /** Verified owner's address. Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated. */
  verified_address?: Address | null;
  /**
   * Verified owner's email address. Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated.
   *
   * @maxLength 5000
   */
  verified_email?: string | null;
  /**
   * Verified owner's full name. Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated.
   *
   * @maxLength 5000
   */
  verified_name?: string | null;
  /**
   * Verified owner's phone number (including extension). Verified values are verified or provided by the payment method directly (and if supported) at the time of authorization or settlement. They cannot be set or mutated.
   *
   * @maxLength 5000
   */
  verified_phone?: string | null;
};
