import type * as runtime from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsAcssDebit as self } from "./types/payment_intent_payment_method_options_acss_debit.js";

export type PaymentIntentPaymentMethodOptionsAcssDebit = self;
export declare const PaymentIntentPaymentMethodOptionsAcssDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentPaymentMethodOptionsAcssDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentPaymentMethodOptionsAcssDebit(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentPaymentMethodOptionsAcssDebit: runtime.Check;
