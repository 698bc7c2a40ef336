/** @schema `payment_method_details_customer_balance` */
export interface PaymentMethodDetailsCustomerBalance {
  [key: string]: unknown;
}
