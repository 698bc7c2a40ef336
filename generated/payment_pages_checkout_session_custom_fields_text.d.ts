import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionCustomFieldsText as Type } from "./types/payment_pages_checkout_session_custom_fields_text.js";

export type PaymentPagesCheckoutSessionCustomFieldsText = Type;
export declare const PaymentPagesCheckoutSessionCustomFieldsText: SchemaModule<Type>;
