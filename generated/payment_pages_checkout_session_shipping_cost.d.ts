import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionShippingCost as self } from "./types/payment_pages_checkout_session_shipping_cost.js";

export type PaymentPagesCheckoutSessionShippingCost = self;
export declare const PaymentPagesCheckoutSessionShippingCost: SchemaModule<self>;
