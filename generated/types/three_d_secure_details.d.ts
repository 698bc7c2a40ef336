/** @schema `three_d_secure_details` */
export type ThreeDSecureDetails = {
  /**
   * For authenticated transactions: how the customer was authenticated by
   * the issuing bank.
   */
  authentication_flow?: "challenge" | "frictionless" | null;
  /** Indicates the outcome of 3D Secure authentication. */
  result?:
    | "attempt_acknowledged"
    | "authenticated"
    | "exempted"
    | "failed"
    | "not_supported"
    | "processing_error"
    | null;
  /**
   * Additional information about why 3D Secure succeeded or failed based
   * on the `result`.
   */
  result_reason?:
    | "abandoned"
    | "bypassed"
    | "canceled"
    | "card_not_enrolled"
    | "network_not_supported"
    | "protocol_error"
    | "rejected"
    | null;
  /** The version of 3D Secure that was used. */
  version?: "1.0.2" | "2.1.0" | "2.2.0" | (string & {}) | null;
};
