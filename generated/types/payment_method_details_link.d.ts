/** @schema `payment_method_details_link` */
export type PaymentMethodDetailsLink = {
  /**
   * Two-letter ISO code representing the funding source country beneath the Link payment.
   * You could use this attribute to get a sense of international fees.
   *
   * @maxLength 5000
   */
  country?: string | null;
};
