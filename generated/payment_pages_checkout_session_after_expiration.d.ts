import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionAfterExpiration as self } from "./types/payment_pages_checkout_session_after_expiration.js";

export type PaymentPagesCheckoutSessionAfterExpiration = self;
export declare const PaymentPagesCheckoutSessionAfterExpiration: SchemaModule<self>;
