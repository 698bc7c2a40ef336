import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceCustomFieldsText as self } from "./types/payment_links_resource_custom_fields_text.js";

export type PaymentLinksResourceCustomFieldsText = self;
export declare const PaymentLinksResourceCustomFieldsText: SchemaModule<self>;
