import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceSettingCustomerSetting as Type } from "./types/invoice_setting_customer_setting.js";

export type InvoiceSettingCustomerSetting = Type;
export declare const InvoiceSettingCustomerSetting: SchemaModule<Type>;
