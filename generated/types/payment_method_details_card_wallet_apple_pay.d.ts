/** @schema `payment_method_details_card_wallet_apple_pay` */
export interface PaymentMethodDetailsCardWalletApplePay {
  [key: string]: unknown;
}
