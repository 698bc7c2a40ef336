/** @schema `coupon_currency_option` */
export type CouponCurrencyOption = {
  /** Amount (in the `currency` specified) that will be taken off the subtotal of any invoices for this customer. */
  amount_off: number;
};
