import type * as runtime from "./runtime/api.js";
import type { SubscriptionItemBillingThresholds as self } from "./types/subscription_item_billing_thresholds.js";

export type SubscriptionItemBillingThresholds = self;
export declare const SubscriptionItemBillingThresholds: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSubscriptionItemBillingThresholds(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSubscriptionItemBillingThresholds(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSubscriptionItemBillingThresholds: runtime.Check;
