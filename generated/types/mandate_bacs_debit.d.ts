/** @schema `mandate_bacs_debit` */
export type MandateBacsDebit = {
  /** The status of the mandate on the Bacs network. Can be one of `pending`, `revoked`, `refused`, or `accepted`. */
  network_status: "accepted" | "pending" | "refused" | "revoked";
  /**
   * The unique reference identifying the mandate on the Bacs network.
   *
   * @maxLength 5000
   */
  reference: string;
  /**
   * The URL that will contain the mandate that the customer has signed.
   *
   * @maxLength 5000
   */
  url: string;
};
