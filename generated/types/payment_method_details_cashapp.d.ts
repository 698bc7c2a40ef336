/** @schema `payment_method_details_cashapp` */
export type PaymentMethodDetailsCashapp = {
  /**
   * A unique and immutable identifier assigned by Cash App to every buyer.
   *
   * @maxLength 5000
   */
  buyer_id?: string | null;
  /**
   * A public identifier for buyers using Cash App.
   *
   * @maxLength 5000
   */
  cashtag?: string | null;
};
