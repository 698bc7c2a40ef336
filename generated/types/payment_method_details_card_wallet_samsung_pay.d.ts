/** @schema `payment_method_details_card_wallet_samsung_pay` */
export interface PaymentMethodDetailsCardWalletSamsungPay {
  [key: string]: unknown;
}
