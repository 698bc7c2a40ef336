import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionScheduleConfigurationItem as self } from "./types/subscription_schedule_configuration_item.js";

export type SubscriptionScheduleConfigurationItem = self;
export declare const SubscriptionScheduleConfigurationItem: SchemaModule<self>;
