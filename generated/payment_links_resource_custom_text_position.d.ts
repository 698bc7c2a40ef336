import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceCustomTextPosition as self } from "./types/payment_links_resource_custom_text_position.js";

export type PaymentLinksResourceCustomTextPosition = self;
export declare const PaymentLinksResourceCustomTextPosition: SchemaModule<self>;
