/** @schema `payment_method_card_wallet_samsung_pay` */
export type PaymentMethodCardWalletSamsungPay = { [key: string]: unknown };
