/** @schema `payment_method_card_wallet_link` */
export type PaymentMethodCardWalletLink = { [key: string]: unknown };
