import type { SchemaModule } from "./runtime/api.js";
import type { SubscriptionSchedulePhaseConfiguration as self } from "./types/subscription_schedule_phase_configuration.js";

export type SubscriptionSchedulePhaseConfiguration = self;
export declare const SubscriptionSchedulePhaseConfiguration: SchemaModule<self>;
