import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceSettingQuoteSetting as Type } from "./types/invoice_setting_quote_setting.js";

export type InvoiceSettingQuoteSetting = Type;
export declare const InvoiceSettingQuoteSetting: SchemaModule<Type>;
