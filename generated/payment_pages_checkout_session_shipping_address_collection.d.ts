import type { SchemaModule } from "./runtime/api.js";
import type { PaymentPagesCheckoutSessionShippingAddressCollection as self } from "./types/payment_pages_checkout_session_shipping_address_collection.js";

export type PaymentPagesCheckoutSessionShippingAddressCollection = self;
export declare const PaymentPagesCheckoutSessionShippingAddressCollection: SchemaModule<self>;
