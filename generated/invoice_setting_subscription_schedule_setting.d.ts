import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceSettingSubscriptionScheduleSetting as Type } from "./types/invoice_setting_subscription_schedule_setting.js";

export type InvoiceSettingSubscriptionScheduleSetting = Type;
export declare const InvoiceSettingSubscriptionScheduleSetting: SchemaModule<Type>;
