/** @schema `mandate_sepa_debit` */
export type MandateSepaDebit = {
  /**
   * The unique reference of the mandate.
   *
   * @maxLength 5000
   */
  reference: string;
  /**
   * The URL of the mandate. This URL generally contains sensitive information about the customer and should be shared with them exclusively.
   *
   * @maxLength 5000
   */
  url: string;
};
