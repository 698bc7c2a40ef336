/** @schema `payment_method_card_wallet_amex_express_checkout` */
export type PaymentMethodCardWalletAmexExpressCheckout = {
  [key: string]: unknown;
};
