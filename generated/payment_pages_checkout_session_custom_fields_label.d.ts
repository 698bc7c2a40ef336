import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomFieldsLabel as self } from "./types/payment_pages_checkout_session_custom_fields_label.js";

export type PaymentPagesCheckoutSessionCustomFieldsLabel = self;
export declare const PaymentPagesCheckoutSessionCustomFieldsLabel: SchemaModule<self>;
