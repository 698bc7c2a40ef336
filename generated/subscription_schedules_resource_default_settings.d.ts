import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionSchedulesResourceDefaultSettings as Type } from "./types/subscription_schedules_resource_default_settings.js";

export type SubscriptionSchedulesResourceDefaultSettings = Type;
export declare const SubscriptionSchedulesResourceDefaultSettings: SchemaModule<Type>;
