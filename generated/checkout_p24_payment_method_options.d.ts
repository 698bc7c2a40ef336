import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutP24PaymentMethodOptions as Type } from "./types/checkout_p24_payment_method_options.js";

export type CheckoutP24PaymentMethodOptions = Type;
export declare const CheckoutP24PaymentMethodOptions: SchemaModule<Type>;
