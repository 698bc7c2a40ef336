import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutAffirmPaymentMethodOptions as Type } from "./types/checkout_affirm_payment_method_options.js";

export type CheckoutAffirmPaymentMethodOptions = Type;
export declare const CheckoutAffirmPaymentMethodOptions: SchemaModule<Type>;
