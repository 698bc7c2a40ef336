/** @schema `payment_method_details_paynow` */
export type PaymentMethodDetailsPaynow = {
  /**
   * Reference number associated with this PayNow payment
   *
   * @maxLength 5000
   */
  reference?: string | null;
};
