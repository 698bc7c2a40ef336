import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceSettingCustomerSetting as Type } from "./types/invoice_setting_customer_setting.js";

export type { InvoiceSettingCustomerSetting } from "./types/invoice_setting_customer_setting.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoiceSettingCustomerSetting };
