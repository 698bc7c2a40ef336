import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutCustomerBalancePaymentMethodOptions as Type } from "./types/checkout_customer_balance_payment_method_options.js";

export type CheckoutCustomerBalancePaymentMethodOptions = Type;
export declare const CheckoutCustomerBalancePaymentMethodOptions: SchemaModule<Type>;
