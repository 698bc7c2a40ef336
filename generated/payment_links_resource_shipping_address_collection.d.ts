import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceShippingAddressCollection as self } from "./types/payment_links_resource_shipping_address_collection.js";

export type PaymentLinksResourceShippingAddressCollection = self;
export declare const PaymentLinksResourceShippingAddressCollection: SchemaModule<self>;
