import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutCustomerBalancePaymentMethodOptions as Type } from "./types/checkout_customer_balance_payment_method_options.js";

export type { CheckoutCustomerBalancePaymentMethodOptions } from "./types/checkout_customer_balance_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutCustomerBalancePaymentMethodOptions };
