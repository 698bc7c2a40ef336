/** @schema `checkout_pix_payment_method_options` */
export type CheckoutPixPaymentMethodOptions = {
  /** The number of seconds after which Pix payment will expire. */
  expires_after_seconds?: number | null;
};
