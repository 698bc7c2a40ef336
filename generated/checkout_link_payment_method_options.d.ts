import type { SchemaModule } from "./runtime/schema.js";
import type { CheckoutLinkPaymentMethodOptions as Type } from "./types/checkout_link_payment_method_options.js";

export type { CheckoutLinkPaymentMethodOptions } from "./types/checkout_link_payment_method_options.js";
declare const schema: SchemaModule<Type>;
export { schema as CheckoutLinkPaymentMethodOptions };
