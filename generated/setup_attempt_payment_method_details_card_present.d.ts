import type * as runtime from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsCardPresent as self } from "./types/setup_attempt_payment_method_details_card_present.js";

export type SetupAttemptPaymentMethodDetailsCardPresent = self;
export declare const SetupAttemptPaymentMethodDetailsCardPresent: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupAttemptPaymentMethodDetailsCardPresent(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSetupAttemptPaymentMethodDetailsCardPresent(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupAttemptPaymentMethodDetailsCardPresent: runtime.Check;
