import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionSchedulesResourceDefaultSettingsAutomaticTax as Type } from "./types/subscription_schedules_resource_default_settings_automatic_tax.js";

export type { SubscriptionSchedulesResourceDefaultSettingsAutomaticTax } from "./types/subscription_schedules_resource_default_settings_automatic_tax.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionSchedulesResourceDefaultSettingsAutomaticTax };
