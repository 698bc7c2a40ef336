import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionSchedulesResourceDefaultSettingsAutomaticTax as self } from "./types/subscription_schedules_resource_default_settings_automatic_tax.js";

export type SubscriptionSchedulesResourceDefaultSettingsAutomaticTax = self;
export declare const SubscriptionSchedulesResourceDefaultSettingsAutomaticTax: SchemaModule<self>;
