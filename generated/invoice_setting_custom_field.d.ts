import type { SchemaModule } from "./runtime/api.js";
import type { InvoiceSettingCustomField as self } from "./types/invoice_setting_custom_field.js";

export type InvoiceSettingCustomField = self;
export declare const InvoiceSettingCustomField: SchemaModule<self>;
