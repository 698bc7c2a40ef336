import type * as runtime from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsKlarna as self } from "./types/setup_attempt_payment_method_details_klarna.js";

export type SetupAttemptPaymentMethodDetailsKlarna = self;
export declare const SetupAttemptPaymentMethodDetailsKlarna: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupAttemptPaymentMethodDetailsKlarna(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSetupAttemptPaymentMethodDetailsKlarna(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupAttemptPaymentMethodDetailsKlarna: runtime.Check;
