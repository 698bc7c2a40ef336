import type * as runtime from "./runtime/api.js";
import type { SubscriptionSchedule as self } from "./types/subscription_schedule.js";

export type SubscriptionSchedule = self;
export declare const SubscriptionSchedule: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSubscriptionSchedule(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSubscriptionSchedule(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSubscriptionSchedule: runtime.Check;
