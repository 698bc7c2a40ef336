import type * as runtime from "./runtime/api.js";
import type { PortalSubscriptionCancel as self } from "./types/portal_subscription_cancel.js";

export type PortalSubscriptionCancel = self;
export declare const PortalSubscriptionCancel: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalSubscriptionCancel(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalSubscriptionCancel(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalSubscriptionCancel: runtime.Check;
