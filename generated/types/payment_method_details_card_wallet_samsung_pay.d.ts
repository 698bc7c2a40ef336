/** @schema `payment_method_details_card_wallet_samsung_pay` */
export type PaymentMethodDetailsCardWalletSamsungPay = {
  [key: string]: unknown;
};
