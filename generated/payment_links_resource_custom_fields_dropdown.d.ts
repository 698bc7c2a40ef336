import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomFieldsDropdown as Type } from "./types/payment_links_resource_custom_fields_dropdown.js";

export type { PaymentLinksResourceCustomFieldsDropdown } from "./types/payment_links_resource_custom_fields_dropdown.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceCustomFieldsDropdown };
