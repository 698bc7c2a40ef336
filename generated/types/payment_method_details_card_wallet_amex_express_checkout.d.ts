/** @schema `payment_method_details_card_wallet_amex_express_checkout` */
export type PaymentMethodDetailsCardWalletAmexExpressCheckout = {
  [key: string]: unknown;
};
