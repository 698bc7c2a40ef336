import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutSessionPaymentMethodOptions as Type } from "./types/checkout_session_payment_method_options.js";

export type { CheckoutSessionPaymentMethodOptions } from "./types/checkout_session_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutSessionPaymentMethodOptions };
