import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceCustomFieldsDropdownOption as self } from "./types/payment_links_resource_custom_fields_dropdown_option.js";

export type PaymentLinksResourceCustomFieldsDropdownOption = self;
export declare const PaymentLinksResourceCustomFieldsDropdownOption: SchemaModule<self>;
