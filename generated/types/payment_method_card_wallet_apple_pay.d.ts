/** @schema `payment_method_card_wallet_apple_pay` */
export interface PaymentMethodCardWalletApplePay {
  [key: string]: unknown;
}
