/** @schema `card_mandate_payment_method_details` */
export interface CardMandatePaymentMethodDetails {
  [key: string]: unknown;
}
