import type * as runtime from "./runtime/api.js";
import type { SubscriptionDetailsData as self } from "./types/subscription_details_data.js";

export type SubscriptionDetailsData = self;
export declare const SubscriptionDetailsData: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSubscriptionDetailsData(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSubscriptionDetailsData(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSubscriptionDetailsData: runtime.Check;
