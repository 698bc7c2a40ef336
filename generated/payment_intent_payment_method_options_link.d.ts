import type * as runtime from "./runtime/api.js";
import type { PaymentIntentPaymentMethodOptionsLink as self } from "./types/payment_intent_payment_method_options_link.js";

export type PaymentIntentPaymentMethodOptionsLink = self;
export declare const PaymentIntentPaymentMethodOptionsLink: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentPaymentMethodOptionsLink(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentPaymentMethodOptionsLink(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentPaymentMethodOptionsLink: runtime.Check;
