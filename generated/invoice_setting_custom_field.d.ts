import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceSettingCustomField as Type } from "./types/invoice_setting_custom_field.js";

export type { InvoiceSettingCustomField } from "./types/invoice_setting_custom_field.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoiceSettingCustomField };
