import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionShippingOption as self } from "./types/payment_pages_checkout_session_shipping_option.js";

export type PaymentPagesCheckoutSessionShippingOption = self;
export declare const PaymentPagesCheckoutSessionShippingOption: SchemaModule<self>;
