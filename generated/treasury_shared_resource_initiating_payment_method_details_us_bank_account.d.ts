import type * as runtime from "./runtime/api.js";
import type { TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount as self } from "./types/treasury_shared_resource_initiating_payment_method_details_us_bank_account.js";

export type TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount =
  self;
export declare const TreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTreasurySharedResourceInitiatingPaymentMethodDetailsUsBankAccount: runtime.Test;
