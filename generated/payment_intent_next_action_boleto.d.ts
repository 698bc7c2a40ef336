import type * as runtime from "./runtime/api.js";
import type { PaymentIntentNextActionBoleto as self } from "./types/payment_intent_next_action_boleto.js";

export type PaymentIntentNextActionBoleto = self;
export declare const PaymentIntentNextActionBoleto: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentNextActionBoleto(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentNextActionBoleto(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentNextActionBoleto: runtime.Check;
