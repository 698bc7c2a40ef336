import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionConsentCollection as self } from "./types/payment_pages_checkout_session_consent_collection.js";

export type PaymentPagesCheckoutSessionConsentCollection = self;
export declare const PaymentPagesCheckoutSessionConsentCollection: SchemaModule<self>;
