import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionTotalDetails as Type } from "./types/payment_pages_checkout_session_total_details.js";

export type PaymentPagesCheckoutSessionTotalDetails = Type;
export declare const PaymentPagesCheckoutSessionTotalDetails: SchemaModule<Type>;
