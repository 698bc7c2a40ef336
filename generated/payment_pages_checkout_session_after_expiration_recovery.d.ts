import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionAfterExpirationRecovery as self } from "./types/payment_pages_checkout_session_after_expiration_recovery.js";

export type PaymentPagesCheckoutSessionAfterExpirationRecovery = self;
export declare const PaymentPagesCheckoutSessionAfterExpirationRecovery: SchemaModule<self>;
