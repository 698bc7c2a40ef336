import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionSchedule as Type } from "./types/subscription_schedule.js";

export type SubscriptionSchedule = Type;
export declare const SubscriptionSchedule: SchemaModule<Type>;
