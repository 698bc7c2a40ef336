import type * as runtime from "./runtime/api.js";
import type { SubscriptionsResourcePendingUpdate as self } from "./types/subscriptions_resource_pending_update.js";

export type SubscriptionsResourcePendingUpdate = self;
export declare const SubscriptionsResourcePendingUpdate: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSubscriptionsResourcePendingUpdate(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSubscriptionsResourcePendingUpdate(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSubscriptionsResourcePendingUpdate: runtime.Check;
