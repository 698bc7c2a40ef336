import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomFieldsOption as self } from "./types/payment_pages_checkout_session_custom_fields_option.js";

export type PaymentPagesCheckoutSessionCustomFieldsOption = self;
export declare const PaymentPagesCheckoutSessionCustomFieldsOption: SchemaModule<self>;
