/** @schema `payment_method_customer_balance` */
export interface PaymentMethodCustomerBalance {
  [key: string]: unknown;
}
