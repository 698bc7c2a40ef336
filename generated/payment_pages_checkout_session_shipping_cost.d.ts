import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionShippingCost as Type } from "./types/payment_pages_checkout_session_shipping_cost.js";

export type PaymentPagesCheckoutSessionShippingCost = Type;
export declare const PaymentPagesCheckoutSessionShippingCost: SchemaModule<Type>;
