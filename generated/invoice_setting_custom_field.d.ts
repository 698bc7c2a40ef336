import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceSettingCustomField as Type } from "./types/invoice_setting_custom_field.js";

export type InvoiceSettingCustomField = Type;
export declare const InvoiceSettingCustomField: SchemaModule<Type>;
