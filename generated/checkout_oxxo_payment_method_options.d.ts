import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutOxxoPaymentMethodOptions as Type } from "./types/checkout_oxxo_payment_method_options.js";

export type CheckoutOxxoPaymentMethodOptions = Type;
export declare const CheckoutOxxoPaymentMethodOptions: SchemaModule<Type>;
