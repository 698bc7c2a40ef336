import type * as runtime from "./runtime/api.js";
import type { PaymentIntentNextActionKonbini as self } from "./types/payment_intent_next_action_konbini.js";

export type PaymentIntentNextActionKonbini = self;
export declare const PaymentIntentNextActionKonbini: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentNextActionKonbini(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentNextActionKonbini(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentNextActionKonbini: runtime.Check;
