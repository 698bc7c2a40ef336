import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown as self } from "./types/payment_pages_checkout_session_total_details_resource_breakdown.js";

export type PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown = self;
export declare const PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown: SchemaModule<self>;
