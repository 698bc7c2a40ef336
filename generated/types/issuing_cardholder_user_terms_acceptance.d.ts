/** @schema `issuing_cardholder_user_terms_acceptance` */
export type IssuingCardholderUserTermsAcceptance = {
  /**
   * The Unix timestamp marking when the cardholder accepted the Authorized User Terms. Required for Celtic Spend Card users.
   *
   * @format unix-time
   */
  date?: number | null;
  /**
   * The IP address from which the cardholder accepted the Authorized User Terms. Required for Celtic Spend Card users.
   *
   * @maxLength 5000
   */
  ip?: string | null;
  /**
   * The user agent of the browser from which the cardholder accepted the Authorized User Terms.
   *
   * @maxLength 5000
   */
  user_agent?: string | null;
};
