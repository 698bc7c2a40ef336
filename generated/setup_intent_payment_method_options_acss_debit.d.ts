import type * as runtime from "./runtime/api.js";
import type { SetupIntentPaymentMethodOptionsAcssDebit as self } from "./types/setup_intent_payment_method_options_acss_debit.js";

export type SetupIntentPaymentMethodOptionsAcssDebit = self;
export declare const SetupIntentPaymentMethodOptionsAcssDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSetupIntentPaymentMethodOptionsAcssDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isSetupIntentPaymentMethodOptionsAcssDebit(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSetupIntentPaymentMethodOptionsAcssDebit: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testSetupIntentPaymentMethodOptionsAcssDebit: runtime.Test;
