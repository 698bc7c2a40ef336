import type * as runtime from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsAuBecsDebit as self } from "./types/payment_intent_payment_method_options_au_becs_debit.js";

export type PaymentIntentPaymentMethodOptionsAuBecsDebit = self;
export declare const PaymentIntentPaymentMethodOptionsAuBecsDebit: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentPaymentMethodOptionsAuBecsDebit(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentPaymentMethodOptionsAuBecsDebit(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentPaymentMethodOptionsAuBecsDebit: runtime.Check;
