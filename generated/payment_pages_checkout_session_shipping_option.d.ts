import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionShippingOption as Type } from "./types/payment_pages_checkout_session_shipping_option.js";

export type { PaymentPagesCheckoutSessionShippingOption } from "./types/payment_pages_checkout_session_shipping_option.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentPagesCheckoutSessionShippingOption };
