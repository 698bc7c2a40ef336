import type { SchemaModule } from "./runtime/api.js";
import type { InvoiceSettingSubscriptionScheduleSetting as self } from "./types/invoice_setting_subscription_schedule_setting.js";

export type InvoiceSettingSubscriptionScheduleSetting = self;
export declare const InvoiceSettingSubscriptionScheduleSetting: SchemaModule<self>;
