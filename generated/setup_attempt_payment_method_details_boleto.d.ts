import type * as runtime from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsBoleto as self } from "./types/setup_attempt_payment_method_details_boleto.js";

export type SetupAttemptPaymentMethodDetailsBoleto = self;
export declare const SetupAttemptPaymentMethodDetailsBoleto: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupAttemptPaymentMethodDetailsBoleto(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSetupAttemptPaymentMethodDetailsBoleto(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupAttemptPaymentMethodDetailsBoleto: runtime.Check;
