import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionSchedulesResourceDefaultSettings as self } from "./types/subscription_schedules_resource_default_settings.js";

export type SubscriptionSchedulesResourceDefaultSettings = self;
export declare const SubscriptionSchedulesResourceDefaultSettings: SchemaModule<self>;
