import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceCustomFields as self } from "./types/payment_links_resource_custom_fields.js";

export type PaymentLinksResourceCustomFields = self;
export declare const PaymentLinksResourceCustomFields: SchemaModule<self>;
