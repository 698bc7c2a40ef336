import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionAfterExpiration as Type } from "./types/payment_pages_checkout_session_after_expiration.js";

export type PaymentPagesCheckoutSessionAfterExpiration = Type;
export declare const PaymentPagesCheckoutSessionAfterExpiration: SchemaModule<Type>;
