import type * as runtime from "./runtime/api.js";
import type { TreasurySharedResourceBillingDetails as self } from "./types/treasury_shared_resource_billing_details.js";

export type TreasurySharedResourceBillingDetails = self;
export declare const TreasurySharedResourceBillingDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasurySharedResourceBillingDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasurySharedResourceBillingDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasurySharedResourceBillingDetails: runtime.Check;
