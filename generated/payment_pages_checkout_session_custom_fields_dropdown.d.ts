import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionCustomFieldsDropdown as Type } from "./types/payment_pages_checkout_session_custom_fields_dropdown.js";

export type PaymentPagesCheckoutSessionCustomFieldsDropdown = Type;
export declare const PaymentPagesCheckoutSessionCustomFieldsDropdown: SchemaModule<Type>;
