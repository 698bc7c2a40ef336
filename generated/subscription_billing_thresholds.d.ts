import type * as runtime from "./runtime/api.js";
import type { SubscriptionBillingThresholds as self } from "./types/subscription_billing_thresholds.js";

export type SubscriptionBillingThresholds = self;
export declare const SubscriptionBillingThresholds: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSubscriptionBillingThresholds(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSubscriptionBillingThresholds(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSubscriptionBillingThresholds: runtime.Check;
