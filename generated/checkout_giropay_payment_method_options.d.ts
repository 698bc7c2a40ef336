import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutGiropayPaymentMethodOptions as Type } from "./types/checkout_giropay_payment_method_options.js";

export type { CheckoutGiropayPaymentMethodOptions } from "./types/checkout_giropay_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutGiropayPaymentMethodOptions };
