import type { SchemaModule } from "./runtime/api.js";
import type { InvoiceSettingSubscriptionSchedulePhaseSetting as self } from "./types/invoice_setting_subscription_schedule_phase_setting.js";

export type InvoiceSettingSubscriptionSchedulePhaseSetting = self;
export declare const InvoiceSettingSubscriptionSchedulePhaseSetting: SchemaModule<self>;
