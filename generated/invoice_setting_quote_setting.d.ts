import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceSettingQuoteSetting as Type } from "./types/invoice_setting_quote_setting.js";

export type { InvoiceSettingQuoteSetting } from "./types/invoice_setting_quote_setting.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoiceSettingQuoteSetting };
