import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionSchedulesResourceDefaultSettingsAutomaticTax as Type } from "./types/subscription_schedules_resource_default_settings_automatic_tax.js";

export type SubscriptionSchedulesResourceDefaultSettingsAutomaticTax = Type;
export declare const SubscriptionSchedulesResourceDefaultSettingsAutomaticTax: SchemaModule<Type>;
