/** @schema `online_acceptance` */
export type OnlineAcceptance = {
  /**
   * The IP address from which the Mandate was accepted by the customer.
   *
   * @maxLength 5000
   */
  ip_address?: string | null;
  /**
   * The user agent of the browser from which the Mandate was accepted by the customer.
   *
   * @maxLength 5000
   */
  user_agent?: string | null;
};
