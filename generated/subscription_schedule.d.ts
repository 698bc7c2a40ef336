import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionSchedule as Type } from "./types/subscription_schedule.js";

export type { SubscriptionSchedule } from "./types/subscription_schedule.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionSchedule };
