import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomFieldsDropdown as self } from "./types/payment_pages_checkout_session_custom_fields_dropdown.js";

export type PaymentPagesCheckoutSessionCustomFieldsDropdown = self;
export declare const PaymentPagesCheckoutSessionCustomFieldsDropdown: SchemaModule<self>;
