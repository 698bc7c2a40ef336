import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionScheduleCurrentPhase as self } from "./types/subscription_schedule_current_phase.js";

export type SubscriptionScheduleCurrentPhase = self;
export declare const SubscriptionScheduleCurrentPhase: SchemaModule<self>;
