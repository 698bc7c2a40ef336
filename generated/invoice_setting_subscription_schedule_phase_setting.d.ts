import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceSettingSubscriptionSchedulePhaseSetting as Type } from "./types/invoice_setting_subscription_schedule_phase_setting.js";

export type InvoiceSettingSubscriptionSchedulePhaseSetting = Type;
export declare const InvoiceSettingSubscriptionSchedulePhaseSetting: SchemaModule<Type>;
