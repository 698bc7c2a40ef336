/** @schema `payment_method_card_wallet_google_pay` */
export interface PaymentMethodCardWalletGooglePay {
  [key: string]: unknown;
}
