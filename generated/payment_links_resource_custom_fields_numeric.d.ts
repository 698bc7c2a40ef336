import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceCustomFieldsNumeric as self } from "./types/payment_links_resource_custom_fields_numeric.js";

export type PaymentLinksResourceCustomFieldsNumeric = self;
export declare const PaymentLinksResourceCustomFieldsNumeric: SchemaModule<self>;
