/** @schema `card_mandate_payment_method_details` */
export type CardMandatePaymentMethodDetails = { [key: string]: unknown };
