import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomFieldsText as self } from "./types/payment_pages_checkout_session_custom_fields_text.js";

export type PaymentPagesCheckoutSessionCustomFieldsText = self;
export declare const PaymentPagesCheckoutSessionCustomFieldsText: SchemaModule<self>;
