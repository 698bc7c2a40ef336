import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionSchedule as self } from "./types/subscription_schedule.js";

export type SubscriptionSchedule = self;
export declare const SubscriptionSchedule: SchemaModule<self>;
