/** @schema `account_tos_acceptance` */
export type AccountTosAcceptance = {
  /**
   * The Unix timestamp marking when the account representative accepted their service agreement
   *
   * @format unix-time
   */
  date?: number | null;
  /**
   * The IP address from which the account representative accepted their service agreement
   *
   * @maxLength 5000
   */
  ip?: string | null;
  /**
   * The user's service agreement type
   *
   * @maxLength 5000
   */
  service_agreement?: string;
  /**
   * The user agent of the browser from which the account representative accepted their service agreement
   *
   * @maxLength 5000
   */
  user_agent?: string | null;
};
