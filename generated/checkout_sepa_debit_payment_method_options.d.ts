import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutSepaDebitPaymentMethodOptions as Type } from "./types/checkout_sepa_debit_payment_method_options.js";

export type CheckoutSepaDebitPaymentMethodOptions = Type;
export declare const CheckoutSepaDebitPaymentMethodOptions: SchemaModule<Type>;
