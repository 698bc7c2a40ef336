import type * as runtime from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit as self } from "./types/payment_intent_payment_method_options_mandate_options_sepa_debit.js";

export type PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit = self;
export declare const PaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentPaymentMethodOptionsMandateOptionsSepaDebit: runtime.Check;
