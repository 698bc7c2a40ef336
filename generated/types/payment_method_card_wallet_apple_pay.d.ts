/** @schema `payment_method_card_wallet_apple_pay` */
export type PaymentMethodCardWalletApplePay = { [key: string]: unknown };
