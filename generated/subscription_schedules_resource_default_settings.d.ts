import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionSchedulesResourceDefaultSettings as Type } from "./types/subscription_schedules_resource_default_settings.js";

export type { SubscriptionSchedulesResourceDefaultSettings } from "./types/subscription_schedules_resource_default_settings.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionSchedulesResourceDefaultSettings };
