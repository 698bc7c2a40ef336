import type * as runtime from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetails as self } from "./types/setup_attempt_payment_method_details.js";

export type SetupAttemptPaymentMethodDetails = self;
export declare const SetupAttemptPaymentMethodDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupAttemptPaymentMethodDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSetupAttemptPaymentMethodDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupAttemptPaymentMethodDetails: runtime.Check;
