import type * as runtime from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetails as self } from "./types/setup_attempt_payment_method_details.js";

export type SetupAttemptPaymentMethodDetails = self;
export declare const SetupAttemptPaymentMethodDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupAttemptPaymentMethodDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isSetupAttemptPaymentMethodDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupAttemptPaymentMethodDetails: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testSetupAttemptPaymentMethodDetails: runtime.Test;
