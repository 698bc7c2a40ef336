import type * as runtime from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsSofort as self } from "./types/setup_attempt_payment_method_details_sofort.js";

export type SetupAttemptPaymentMethodDetailsSofort = self;
export declare const SetupAttemptPaymentMethodDetailsSofort: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupAttemptPaymentMethodDetailsSofort(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSetupAttemptPaymentMethodDetailsSofort(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupAttemptPaymentMethodDetailsSofort: runtime.Check;
