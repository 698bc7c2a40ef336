import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutEpsPaymentMethodOptions as Type } from "./types/checkout_eps_payment_method_options.js";

export type { CheckoutEpsPaymentMethodOptions } from "./types/checkout_eps_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutEpsPaymentMethodOptions };
