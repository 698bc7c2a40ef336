import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutEpsPaymentMethodOptions as Type } from "./types/checkout_eps_payment_method_options.js";

export type CheckoutEpsPaymentMethodOptions = Type;
export declare const CheckoutEpsPaymentMethodOptions: SchemaModule<Type>;
