import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionConsent as Type } from "./types/payment_pages_checkout_session_consent.js";

export type PaymentPagesCheckoutSessionConsent = Type;
export declare const PaymentPagesCheckoutSessionConsent: SchemaModule<Type>;
