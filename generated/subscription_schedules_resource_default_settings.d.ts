import type * as runtime from "./runtime/api.js";
import type { SubscriptionSchedulesResourceDefaultSettings as self } from "./types/subscription_schedules_resource_default_settings.js";

export type SubscriptionSchedulesResourceDefaultSettings = self;
export declare const SubscriptionSchedulesResourceDefaultSettings: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSubscriptionSchedulesResourceDefaultSettings(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSubscriptionSchedulesResourceDefaultSettings(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSubscriptionSchedulesResourceDefaultSettings: runtime.Check;
