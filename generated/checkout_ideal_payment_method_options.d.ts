import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutIdealPaymentMethodOptions as Type } from "./types/checkout_ideal_payment_method_options.js";

export type { CheckoutIdealPaymentMethodOptions } from "./types/checkout_ideal_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutIdealPaymentMethodOptions };
