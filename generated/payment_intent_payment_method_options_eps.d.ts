import type * as runtime from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsEps as self } from "./types/payment_intent_payment_method_options_eps.js";

export type PaymentIntentPaymentMethodOptionsEps = self;
export declare const PaymentIntentPaymentMethodOptionsEps: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentPaymentMethodOptionsEps(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentPaymentMethodOptionsEps(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentPaymentMethodOptionsEps: runtime.Check;
