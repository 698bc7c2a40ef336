import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomFieldsText as Type } from "./types/payment_links_resource_custom_fields_text.js";

export type { PaymentLinksResourceCustomFieldsText } from "./types/payment_links_resource_custom_fields_text.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceCustomFieldsText };
