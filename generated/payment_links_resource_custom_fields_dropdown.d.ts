import type { SchemaModule } from "./runtime/schema.js";
import type { PaymentLinksResourceCustomFieldsDropdown as Type } from "./types/payment_links_resource_custom_fields_dropdown.js";

export type PaymentLinksResourceCustomFieldsDropdown = Type;
export declare const PaymentLinksResourceCustomFieldsDropdown: SchemaModule<Type>;
