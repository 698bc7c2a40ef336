import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionConsentCollection as Type } from "./types/payment_pages_checkout_session_consent_collection.js";

export type PaymentPagesCheckoutSessionConsentCollection = Type;
export declare const PaymentPagesCheckoutSessionConsentCollection: SchemaModule<Type>;
