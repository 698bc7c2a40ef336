/** @schema `payment_method_details_card_wallet_apple_pay` */
export type PaymentMethodDetailsCardWalletApplePay = { [key: string]: unknown };
