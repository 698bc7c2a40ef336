import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown as Type } from "./types/payment_pages_checkout_session_total_details_resource_breakdown.js";

export type PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown = Type;
export declare const PaymentPagesCheckoutSessionTotalDetailsResourceBreakdown: SchemaModule<Type>;
