/** @schema `tax_id_verification` */
export type TaxIdVerification = {
  /** Verification status, one of `pending`, `verified`, `unverified`, or `unavailable`. */
  status: "pending" | "unavailable" | "unverified" | "verified";
  /**
   * Verified address.
   *
   * @maxLength 5000
   */
  verified_address?: string | null;
  /**
   * Verified name.
   *
   * @maxLength 5000
   */
  verified_name?: string | null;
};
