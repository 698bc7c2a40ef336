import type * as runtime from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsBlik as self } from "./types/payment_intent_payment_method_options_blik.js";

export type PaymentIntentPaymentMethodOptionsBlik = self;
export declare const PaymentIntentPaymentMethodOptionsBlik: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentPaymentMethodOptionsBlik(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentPaymentMethodOptionsBlik(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentPaymentMethodOptionsBlik: runtime.Check;
