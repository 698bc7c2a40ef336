import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentPagesCheckoutSessionShippingAddressCollection as Type } from "./types/payment_pages_checkout_session_shipping_address_collection.js";

export type PaymentPagesCheckoutSessionShippingAddressCollection = Type;
export declare const PaymentPagesCheckoutSessionShippingAddressCollection: SchemaModule<Type>;
