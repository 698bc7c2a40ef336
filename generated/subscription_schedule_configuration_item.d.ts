import type * as runtime from "./runtime/api.js";
import type { SubscriptionScheduleConfigurationItem as self } from "./types/subscription_schedule_configuration_item.js";

export type SubscriptionScheduleConfigurationItem = self;
export declare const SubscriptionScheduleConfigurationItem: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSubscriptionScheduleConfigurationItem(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSubscriptionScheduleConfigurationItem(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSubscriptionScheduleConfigurationItem: runtime.Check;
