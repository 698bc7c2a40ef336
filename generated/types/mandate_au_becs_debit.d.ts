/** @schema `mandate_au_becs_debit` */
export type MandateAuBecsDebit = {
  /**
   * The URL of the mandate. This URL generally contains sensitive information about the customer and should be shared with them exclusively.
   *
   * @maxLength 5000
   */
  url: string;
};
