import type * as runtime from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit as self } from "./types/setup_intent_payment_method_options_mandate_options_acss_debit.js";

export type SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit = self;
export declare const SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupIntentPaymentMethodOptionsMandateOptionsAcssDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isSetupIntentPaymentMethodOptionsMandateOptionsAcssDebit(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupIntentPaymentMethodOptionsMandateOptionsAcssDebit: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testSetupIntentPaymentMethodOptionsMandateOptionsAcssDebit: runtime.Test;
