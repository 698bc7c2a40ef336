import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionScheduleConfigurationItem as Type } from "./types/subscription_schedule_configuration_item.js";

export type SubscriptionScheduleConfigurationItem = Type;
export declare const SubscriptionScheduleConfigurationItem: SchemaModule<Type>;
