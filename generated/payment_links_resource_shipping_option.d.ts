import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceShippingOption as Type } from "./types/payment_links_resource_shipping_option.js";

export type PaymentLinksResourceShippingOption = Type;
export declare const PaymentLinksResourceShippingOption: SchemaModule<Type>;
