import type { SchemaModule } from "./runtime/api.js";
import type { PaymentLinksResourceCustomFieldsDropdown as self } from "./types/payment_links_resource_custom_fields_dropdown.js";

export type PaymentLinksResourceCustomFieldsDropdown = self;
export declare const PaymentLinksResourceCustomFieldsDropdown: SchemaModule<self>;
