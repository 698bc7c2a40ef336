import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomFieldsDropdownOption as Type } from "./types/payment_links_resource_custom_fields_dropdown_option.js";

export type PaymentLinksResourceCustomFieldsDropdownOption = Type;
export declare const PaymentLinksResourceCustomFieldsDropdownOption: SchemaModule<Type>;
