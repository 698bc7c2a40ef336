import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionSchedulePhaseConfiguration as Type } from "./types/subscription_schedule_phase_configuration.js";

export type SubscriptionSchedulePhaseConfiguration = Type;
export declare const SubscriptionSchedulePhaseConfiguration: SchemaModule<Type>;
