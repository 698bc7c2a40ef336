import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionCustomFieldsLabel as Type } from "./types/payment_pages_checkout_session_custom_fields_label.js";

export type PaymentPagesCheckoutSessionCustomFieldsLabel = Type;
export declare const PaymentPagesCheckoutSessionCustomFieldsLabel: SchemaModule<Type>;
