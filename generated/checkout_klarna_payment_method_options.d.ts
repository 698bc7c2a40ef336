import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutKlarnaPaymentMethodOptions as Type } from "./types/checkout_klarna_payment_method_options.js";

export type CheckoutKlarnaPaymentMethodOptions = Type;
export declare const CheckoutKlarnaPaymentMethodOptions: SchemaModule<Type>;
