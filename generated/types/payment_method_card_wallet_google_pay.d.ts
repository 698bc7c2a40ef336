/** @schema `payment_method_card_wallet_google_pay` */
export type PaymentMethodCardWalletGooglePay = { [key: string]: unknown };
