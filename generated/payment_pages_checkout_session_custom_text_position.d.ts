import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionCustomTextPosition as Type } from "./types/payment_pages_checkout_session_custom_text_position.js";

export type PaymentPagesCheckoutSessionCustomTextPosition = Type;
export declare const PaymentPagesCheckoutSessionCustomTextPosition: SchemaModule<Type>;
