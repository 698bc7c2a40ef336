import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutKonbiniPaymentMethodOptions as Type } from "./types/checkout_konbini_payment_method_options.js";

export type CheckoutKonbiniPaymentMethodOptions = Type;
export declare const CheckoutKonbiniPaymentMethodOptions: SchemaModule<Type>;
