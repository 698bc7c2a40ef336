import type * as runtime from "./runtime/api.js";
import type { SubscriptionSchedulePhaseConfiguration as self } from "./types/subscription_schedule_phase_configuration.js";

export type SubscriptionSchedulePhaseConfiguration = self;
export declare const SubscriptionSchedulePhaseConfiguration: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSubscriptionSchedulePhaseConfiguration(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSubscriptionSchedulePhaseConfiguration(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSubscriptionSchedulePhaseConfiguration: runtime.Check;
