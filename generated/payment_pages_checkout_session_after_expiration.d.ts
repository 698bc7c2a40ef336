import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionAfterExpiration as Type } from "./types/payment_pages_checkout_session_after_expiration.js";

export type { PaymentPagesCheckoutSessionAfterExpiration } from "./types/payment_pages_checkout_session_after_expiration.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentPagesCheckoutSessionAfterExpiration };
