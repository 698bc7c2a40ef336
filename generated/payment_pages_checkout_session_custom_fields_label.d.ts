import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionCustomFieldsLabel as Type } from "./types/payment_pages_checkout_session_custom_fields_label.js";

export type { PaymentPagesCheckoutSessionCustomFieldsLabel } from "./types/payment_pages_checkout_session_custom_fields_label.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentPagesCheckoutSessionCustomFieldsLabel };
