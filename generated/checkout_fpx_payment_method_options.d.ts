import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutFpxPaymentMethodOptions as Type } from "./types/checkout_fpx_payment_method_options.js";

export type { CheckoutFpxPaymentMethodOptions } from "./types/checkout_fpx_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutFpxPaymentMethodOptions };
