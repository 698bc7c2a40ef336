import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutIdealPaymentMethodOptions as Type } from "./types/checkout_ideal_payment_method_options.js";

export type CheckoutIdealPaymentMethodOptions = Type;
export declare const CheckoutIdealPaymentMethodOptions: SchemaModule<Type>;
