/** @schema `payment_method_details_card_wallet_link` */
export type PaymentMethodDetailsCardWalletLink = { [key: string]: unknown };
