/** @schema `payment_method_details_card_wallet_link` */
export interface PaymentMethodDetailsCardWalletLink {
  [key: string]: unknown;
}
