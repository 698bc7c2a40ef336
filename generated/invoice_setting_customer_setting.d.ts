import type { SchemaModule } from "./runtime/api.js";
import type { InvoiceSettingCustomerSetting as self } from "./types/invoice_setting_customer_setting.js";

export type InvoiceSettingCustomerSetting = self;
export declare const InvoiceSettingCustomerSetting: SchemaModule<self>;
