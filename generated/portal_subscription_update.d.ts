import type * as runtime from "./runtime/api.js";
import type { PortalSubscriptionUpdate as self } from "./types/portal_subscription_update.js";

export type PortalSubscriptionUpdate = self;
export declare const PortalSubscriptionUpdate: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePortalSubscriptionUpdate(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPortalSubscriptionUpdate(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPortalSubscriptionUpdate: runtime.Check;
