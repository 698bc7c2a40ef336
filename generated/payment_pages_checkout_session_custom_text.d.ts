import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionCustomText as Type } from "./types/payment_pages_checkout_session_custom_text.js";

export type PaymentPagesCheckoutSessionCustomText = Type;
export declare const PaymentPagesCheckoutSessionCustomText: SchemaModule<Type>;
