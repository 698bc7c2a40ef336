import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomText as self } from "./types/payment_pages_checkout_session_custom_text.js";

export type PaymentPagesCheckoutSessionCustomText = self;
export declare const PaymentPagesCheckoutSessionCustomText: SchemaModule<self>;
