import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionConsentCollection as Type } from "./types/payment_pages_checkout_session_consent_collection.js";

export type { PaymentPagesCheckoutSessionConsentCollection } from "./types/payment_pages_checkout_session_consent_collection.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentPagesCheckoutSessionConsentCollection };
