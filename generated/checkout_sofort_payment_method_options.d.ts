import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutSofortPaymentMethodOptions as Type } from "./types/checkout_sofort_payment_method_options.js";

export type CheckoutSofortPaymentMethodOptions = Type;
export declare const CheckoutSofortPaymentMethodOptions: SchemaModule<Type>;
