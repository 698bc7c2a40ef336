import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomFieldsDropdownOption as Type } from "./types/payment_links_resource_custom_fields_dropdown_option.js";

export type { PaymentLinksResourceCustomFieldsDropdownOption } from "./types/payment_links_resource_custom_fields_dropdown_option.js";
declare const schema: SchemaModule<Type>;
export { schema as PaymentLinksResourceCustomFieldsDropdownOption };
