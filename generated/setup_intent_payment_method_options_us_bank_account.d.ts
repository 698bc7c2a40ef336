import type * as runtime from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsUsBankAccount as self } from "./types/setup_intent_payment_method_options_us_bank_account.js";

export type SetupIntentPaymentMethodOptionsUsBankAccount = self;
export declare const SetupIntentPaymentMethodOptionsUsBankAccount: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupIntentPaymentMethodOptionsUsBankAccount(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSetupIntentPaymentMethodOptionsUsBankAccount(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupIntentPaymentMethodOptionsUsBankAccount: runtime.Check;
