/** @schema `payment_method_details_card_wallet_google_pay` */
export type PaymentMethodDetailsCardWalletGooglePay = {
  [key: string]: unknown;
};
