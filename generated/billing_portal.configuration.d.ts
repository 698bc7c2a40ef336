import type * as runtime from "./runtime/api.js";
import type { BillingPortalConfiguration as self } from "./types/billing_portal.configuration.js";

export type BillingPortalConfiguration = self;
export declare const BillingPortalConfiguration: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateBillingPortalConfiguration(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isBillingPortalConfiguration(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkBillingPortalConfiguration: runtime.Check;
