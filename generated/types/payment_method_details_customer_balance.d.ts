/** @schema `payment_method_details_customer_balance` */
export type PaymentMethodDetailsCustomerBalance = { [key: string]: unknown };
