import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceSettingSubscriptionScheduleSetting as Type } from "./types/invoice_setting_subscription_schedule_setting.js";

export type { InvoiceSettingSubscriptionScheduleSetting } from "./types/invoice_setting_subscription_schedule_setting.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoiceSettingSubscriptionScheduleSetting };
