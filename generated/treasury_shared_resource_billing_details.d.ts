import type * as runtime from "./runtime/api.js";
import type { TreasurySharedResourceBillingDetails as self } from "./types/treasury_shared_resource_billing_details.js";

export type TreasurySharedResourceBillingDetails = self;
export declare const TreasurySharedResourceBillingDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasurySharedResourceBillingDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTreasurySharedResourceBillingDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasurySharedResourceBillingDetails: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTreasurySharedResourceBillingDetails: runtime.Test;
