import type * as runtime from "./runtime/api.js";
import type { PortalSubscriptionPause as self } from "./types/portal_subscription_pause.js";

export type PortalSubscriptionPause = self;
export declare const PortalSubscriptionPause: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalSubscriptionPause(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalSubscriptionPause(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalSubscriptionPause: runtime.Check;
