/** @schema `payment_method_customer_balance` */
export type PaymentMethodCustomerBalance = { [key: string]: unknown };
