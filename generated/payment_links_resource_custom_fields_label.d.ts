import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomFieldsLabel as Type } from "./types/payment_links_resource_custom_fields_label.js";

export type { PaymentLinksResourceCustomFieldsLabel } from "./types/payment_links_resource_custom_fields_label.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceCustomFieldsLabel };
