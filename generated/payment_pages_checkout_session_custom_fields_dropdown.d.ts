import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionCustomFieldsDropdown as Type } from "./types/payment_pages_checkout_session_custom_fields_dropdown.js";

export type { PaymentPagesCheckoutSessionCustomFieldsDropdown } from "./types/payment_pages_checkout_session_custom_fields_dropdown.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentPagesCheckoutSessionCustomFieldsDropdown };
