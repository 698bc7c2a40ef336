import type * as runtime from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit as self } from "./types/setup_intent_payment_method_options_mandate_options_acss_debit.js";

export type SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit = self;
export declare const SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupIntentPaymentMethodOptionsMandateOptionsAcssDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSetupIntentPaymentMethodOptionsMandateOptionsAcssDebit(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupIntentPaymentMethodOptionsMandateOptionsAcssDebit: runtime.Check;
