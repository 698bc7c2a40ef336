/** @schema `payment_method_card_wallet_amex_express_checkout` */
export interface PaymentMethodCardWalletAmexExpressCheckout {
  [key: string]: unknown;
}
