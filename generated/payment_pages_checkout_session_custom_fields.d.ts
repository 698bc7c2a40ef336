import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionCustomFields as Type } from "./types/payment_pages_checkout_session_custom_fields.js";

export type PaymentPagesCheckoutSessionCustomFields = Type;
export declare const PaymentPagesCheckoutSessionCustomFields: SchemaModule<Type>;
