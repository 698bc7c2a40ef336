import type * as runtime from "./runtime/api.js";
import type { SubscriptionsResourcePauseCollection as self } from "./types/subscriptions_resource_pause_collection.js";

export type SubscriptionsResourcePauseCollection = self;
export declare const SubscriptionsResourcePauseCollection: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSubscriptionsResourcePauseCollection(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSubscriptionsResourcePauseCollection(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSubscriptionsResourcePauseCollection: runtime.Check;
