import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceShippingAddressCollection as Type } from "./types/payment_links_resource_shipping_address_collection.js";

export type PaymentLinksResourceShippingAddressCollection = Type;
export declare const PaymentLinksResourceShippingAddressCollection: SchemaModule<Type>;
