/** @schema `payment_method_card_wallet_link` */
export interface PaymentMethodCardWalletLink {
  [key: string]: unknown;
}
