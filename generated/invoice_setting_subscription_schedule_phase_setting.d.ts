import type { SchemaModule } from "./runtime/schema.js";
import type { InvoiceSettingSubscriptionSchedulePhaseSetting as Type } from "./types/invoice_setting_subscription_schedule_phase_setting.js";

export type { InvoiceSettingSubscriptionSchedulePhaseSetting } from "./types/invoice_setting_subscription_schedule_phase_setting.js";
declare const schema: SchemaModule<Type>;
export { schema as InvoiceSettingSubscriptionSchedulePhaseSetting };
