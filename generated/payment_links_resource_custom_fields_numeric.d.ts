import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomFieldsNumeric as Type } from "./types/payment_links_resource_custom_fields_numeric.js";

export type PaymentLinksResourceCustomFieldsNumeric = Type;
export declare const PaymentLinksResourceCustomFieldsNumeric: SchemaModule<Type>;
