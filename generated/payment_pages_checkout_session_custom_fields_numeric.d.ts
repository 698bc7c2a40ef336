import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionCustomFieldsNumeric as Type } from "./types/payment_pages_checkout_session_custom_fields_numeric.js";

export type PaymentPagesCheckoutSessionCustomFieldsNumeric = Type;
export declare const PaymentPagesCheckoutSessionCustomFieldsNumeric: SchemaModule<Type>;
