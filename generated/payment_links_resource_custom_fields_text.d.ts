import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomFieldsText as Type } from "./types/payment_links_resource_custom_fields_text.js";

export type PaymentLinksResourceCustomFieldsText = Type;
export declare const PaymentLinksResourceCustomFieldsText: SchemaModule<Type>;
