import type * as runtime from "./runtime/api.js";
import type { BillingDetails as self } from "./types/billing_details.js";

export type BillingDetails = self;
export declare const BillingDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateBillingDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isBillingDetails(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkBillingDetails: runtime.Check;
