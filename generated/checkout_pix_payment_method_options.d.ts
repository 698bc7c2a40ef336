import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutPixPaymentMethodOptions as Type } from "./types/checkout_pix_payment_method_options.js";

export type { CheckoutPixPaymentMethodOptions } from "./types/checkout_pix_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutPixPaymentMethodOptions };
