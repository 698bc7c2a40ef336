import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomFieldsNumeric as self } from "./types/payment_pages_checkout_session_custom_fields_numeric.js";

export type PaymentPagesCheckoutSessionCustomFieldsNumeric = self;
export declare const PaymentPagesCheckoutSessionCustomFieldsNumeric: SchemaModule<self>;
