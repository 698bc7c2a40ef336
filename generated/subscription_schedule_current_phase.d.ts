import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionScheduleCurrentPhase as Type } from "./types/subscription_schedule_current_phase.js";

export type SubscriptionScheduleCurrentPhase = Type;
export declare const SubscriptionScheduleCurrentPhase: SchemaModule<Type>;
