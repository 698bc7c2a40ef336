import type { SchemaModule } from "./runtime/api.js";
import type { CheckoutCustomerBalancePaymentMethodOptions as self } from "./types/checkout_customer_balance_payment_method_options.js";

export type CheckoutCustomerBalancePaymentMethodOptions = self;
export declare const CheckoutCustomerBalancePaymentMethodOptions: SchemaModule<self>;
