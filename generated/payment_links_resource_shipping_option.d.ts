import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceShippingOption as self } from "./types/payment_links_resource_shipping_option.js";

export type PaymentLinksResourceShippingOption = self;
export declare const PaymentLinksResourceShippingOption: SchemaModule<self>;
