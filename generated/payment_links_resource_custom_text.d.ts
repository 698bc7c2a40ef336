import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceCustomText as self } from "./types/payment_links_resource_custom_text.js";

export type PaymentLinksResourceCustomText = self;
export declare const PaymentLinksResourceCustomText: SchemaModule<self>;
