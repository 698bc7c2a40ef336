import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutKonbiniPaymentMethodOptions as Type } from "./types/checkout_konbini_payment_method_options.js";

export type { CheckoutKonbiniPaymentMethodOptions } from "./types/checkout_konbini_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutKonbiniPaymentMethodOptions };
