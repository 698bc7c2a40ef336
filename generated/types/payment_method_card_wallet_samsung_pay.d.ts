/** @schema `payment_method_card_wallet_samsung_pay` */
export interface PaymentMethodCardWalletSamsungPay {
  [key: string]: unknown;
}
