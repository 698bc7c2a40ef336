import type { PaymentPagesCheckoutSessionCustomTextPosition } from "./payment_pages_checkout_session_custom_text_position.js";

/** @schema `payment_pages_checkout_session_custom_text` */
export type PaymentPagesCheckoutSessionCustomText = {
  /** Custom text that should be displayed alongside shipping address collection. */
  shipping_address?: PaymentPagesCheckoutSessionCustomTextPosition | null;
  /** Custom text that should be displayed alongside the payment confirmation button. */
  submit?: PaymentPagesCheckoutSessionCustomTextPosition | null;
};
