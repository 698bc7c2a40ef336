import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutKlarnaPaymentMethodOptions as Type } from "./types/checkout_klarna_payment_method_options.js";

export type { CheckoutKlarnaPaymentMethodOptions } from "./types/checkout_klarna_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutKlarnaPaymentMethodOptions };
