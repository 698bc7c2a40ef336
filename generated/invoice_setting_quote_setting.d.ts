import type { SchemaModule } from "./runtime/api.js";
import type { InvoiceSettingQuoteSetting as self } from "./types/invoice_setting_quote_setting.js";

export type InvoiceSettingQuoteSetting = self;
export declare const InvoiceSettingQuoteSetting: SchemaModule<self>;
