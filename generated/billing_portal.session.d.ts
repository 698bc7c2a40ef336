import type * as runtime from "./runtime/api.js";
import type { BillingPortalSession as self } from "./types/billing_portal.session.js";

export type BillingPortalSession = self;
export declare const BillingPortalSession: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateBillingPortalSession(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isBillingPortalSession(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkBillingPortalSession: runtime.Check;
