import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutP24PaymentMethodOptions as Type } from "./types/checkout_p24_payment_method_options.js";

export type { CheckoutP24PaymentMethodOptions } from "./types/checkout_p24_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutP24PaymentMethodOptions };
