import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionShippingOption as Type } from "./types/payment_pages_checkout_session_shipping_option.js";

export type PaymentPagesCheckoutSessionShippingOption = Type;
export declare const PaymentPagesCheckoutSessionShippingOption: SchemaModule<Type>;
