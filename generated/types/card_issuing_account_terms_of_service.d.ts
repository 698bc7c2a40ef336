/** @schema `card_issuing_account_terms_of_service` */
export type CardIssuingAccountTermsOfService = {
  /** The Unix timestamp marking when the account representative accepted the service agreement. */
  date?: number | null;
  /**
   * The IP address from which the account representative accepted the service agreement.
   *
   * @maxLength 5000
   */
  ip?: string | null;
  /**
   * The user agent of the browser from which the account representative accepted the service agreement.
   *
   * @maxLength 5000
   */
  user_agent?: string;
};
