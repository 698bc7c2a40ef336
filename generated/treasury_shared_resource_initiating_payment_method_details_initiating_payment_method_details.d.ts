import type * as runtime from "./runtime/api.js";
import type { TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails as self } from "./types/treasury_shared_resource_initiating_payment_method_details_initiating_payment_method_details.js";

export type TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails =
  self;
export declare const TreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTreasurySharedResourceInitiatingPaymentMethodDetailsInitiatingPaymentMethodDetails: runtime.Test;
