import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceShippingAddressCollection as Type } from "./types/payment_links_resource_shipping_address_collection.js";

export type { PaymentLinksResourceShippingAddressCollection } from "./types/payment_links_resource_shipping_address_collection.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceShippingAddressCollection };
