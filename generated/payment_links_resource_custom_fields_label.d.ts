import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomFieldsLabel as Type } from "./types/payment_links_resource_custom_fields_label.js";

export type PaymentLinksResourceCustomFieldsLabel = Type;
export declare const PaymentLinksResourceCustomFieldsLabel: SchemaModule<Type>;
