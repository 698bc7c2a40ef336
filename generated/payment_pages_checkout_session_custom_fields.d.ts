import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomFields as self } from "./types/payment_pages_checkout_session_custom_fields.js";

export type PaymentPagesCheckoutSessionCustomFields = self;
export declare const PaymentPagesCheckoutSessionCustomFields: SchemaModule<self>;
