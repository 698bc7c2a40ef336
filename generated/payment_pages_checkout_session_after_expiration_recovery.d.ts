import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionAfterExpirationRecovery as Type } from "./types/payment_pages_checkout_session_after_expiration_recovery.js";

export type { PaymentPagesCheckoutSessionAfterExpirationRecovery } from "./types/payment_pages_checkout_session_after_expiration_recovery.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentPagesCheckoutSessionAfterExpirationRecovery };
