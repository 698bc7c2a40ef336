import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceCustomFieldsLabel as self } from "./types/payment_links_resource_custom_fields_label.js";

export type PaymentLinksResourceCustomFieldsLabel = self;
export declare const PaymentLinksResourceCustomFieldsLabel: SchemaModule<self>;
