import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionConsent as self } from "./types/payment_pages_checkout_session_consent.js";

export type PaymentPagesCheckoutSessionConsent = self;
export declare const PaymentPagesCheckoutSessionConsent: SchemaModule<self>;
