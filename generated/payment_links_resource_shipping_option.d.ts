import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceShippingOption as Type } from "./types/payment_links_resource_shipping_option.js";

export type { PaymentLinksResourceShippingOption } from "./types/payment_links_resource_shipping_option.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceShippingOption };
