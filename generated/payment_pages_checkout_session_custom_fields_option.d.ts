import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionCustomFieldsOption as Type } from "./types/payment_pages_checkout_session_custom_fields_option.js";

export type PaymentPagesCheckoutSessionCustomFieldsOption = Type;
export declare const PaymentPagesCheckoutSessionCustomFieldsOption: SchemaModule<Type>;
