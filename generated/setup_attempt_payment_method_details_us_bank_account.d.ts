import type * as runtime from "./runtime/api.js";
import type { SetupAttemptPaymentMethodDetailsUsBankAccount as self } from "./types/setup_attempt_payment_method_details_us_bank_account.js";

export type SetupAttemptPaymentMethodDetailsUsBankAccount = self;
export declare const SetupAttemptPaymentMethodDetailsUsBankAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupAttemptPaymentMethodDetailsUsBankAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSetupAttemptPaymentMethodDetailsUsBankAccount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupAttemptPaymentMethodDetailsUsBankAccount: runtime.Check;
