import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionTotalDetails as self } from "./types/payment_pages_checkout_session_total_details.js";

export type PaymentPagesCheckoutSessionTotalDetails = self;
export declare const PaymentPagesCheckoutSessionTotalDetails: SchemaModule<self>;
