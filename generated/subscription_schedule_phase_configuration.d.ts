import type { SchemaModule } from "./runtime/schema.js";
import type { SubscriptionSchedulePhaseConfiguration as Type } from "./types/subscription_schedule_phase_configuration.js";

export type { SubscriptionSchedulePhaseConfiguration } from "./types/subscription_schedule_phase_configuration.js";
declare const schema: SchemaModule<Type>;
export { schema as SubscriptionSchedulePhaseConfiguration };
