import type { PaymentLinksResourceCustomTextPosition } from "./payment_links_resource_custom_text_position.js";

/** @schema `payment_links_resource_custom_text` */
export type PaymentLinksResourceCustomText = {
  /** Custom text that should be displayed alongside shipping address collection. */
  shipping_address?: PaymentLinksResourceCustomTextPosition | null;
  /** Custom text that should be displayed alongside the payment confirmation button. */
  submit?: PaymentLinksResourceCustomTextPosition | null;
};
