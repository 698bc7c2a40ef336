import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutSessionPaymentMethodOptions as Type } from "./types/checkout_session_payment_method_options.js";

export type CheckoutSessionPaymentMethodOptions = Type;
export declare const CheckoutSessionPaymentMethodOptions: SchemaModule<Type>;
