import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutSofortPaymentMethodOptions as Type } from "./types/checkout_sofort_payment_method_options.js";

export type { CheckoutSofortPaymentMethodOptions } from "./types/checkout_sofort_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutSofortPaymentMethodOptions };
