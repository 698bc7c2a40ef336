import type * as runtime from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsPaypal as self } from "./types/setup_attempt_payment_method_details_paypal.js";

export type SetupAttemptPaymentMethodDetailsPaypal = self;
export declare const SetupAttemptPaymentMethodDetailsPaypal: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupAttemptPaymentMethodDetailsPaypal(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSetupAttemptPaymentMethodDetailsPaypal(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupAttemptPaymentMethodDetailsPaypal: runtime.Check;
