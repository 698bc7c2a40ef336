import type * as runtime from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsIdeal as self } from "./types/setup_attempt_payment_method_details_ideal.js";

export type SetupAttemptPaymentMethodDetailsIdeal = self;
export declare const SetupAttemptPaymentMethodDetailsIdeal: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupAttemptPaymentMethodDetailsIdeal(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isSetupAttemptPaymentMethodDetailsIdeal(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupAttemptPaymentMethodDetailsIdeal: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testSetupAttemptPaymentMethodDetailsIdeal: runtime.Test;
