import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionCustomTextPosition as self } from "./types/payment_pages_checkout_session_custom_text_position.js";

export type PaymentPagesCheckoutSessionCustomTextPosition = self;
export declare const PaymentPagesCheckoutSessionCustomTextPosition: SchemaModule<self>;
