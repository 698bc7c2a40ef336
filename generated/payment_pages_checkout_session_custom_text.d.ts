import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionCustomText as Type } from "./types/payment_pages_checkout_session_custom_text.js";

export type { PaymentPagesCheckoutSessionCustomText } from "./types/payment_pages_checkout_session_custom_text.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentPagesCheckoutSessionCustomText };
