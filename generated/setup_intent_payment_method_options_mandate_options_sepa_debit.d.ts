import type * as runtime from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit as self } from "./types/setup_intent_payment_method_options_mandate_options_sepa_debit.js";

export type SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit = self;
export declare const SetupIntentPaymentMethodOptionsMandateOptionsSepaDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupIntentPaymentMethodOptionsMandateOptionsSepaDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isSetupIntentPaymentMethodOptionsMandateOptionsSepaDebit(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupIntentPaymentMethodOptionsMandateOptionsSepaDebit: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testSetupIntentPaymentMethodOptionsMandateOptionsSepaDebit: runtime.Test;
