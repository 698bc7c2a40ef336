import type * as runtime from "./runtime/api.js";
import type { PaymentIntentNextActionKonbiniFamilymart as self } from "./types/payment_intent_next_action_konbini_familymart.js";

export type PaymentIntentNextActionKonbiniFamilymart = self;
export declare const PaymentIntentNextActionKonbiniFamilymart: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentNextActionKonbiniFamilymart(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentNextActionKonbiniFamilymart(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentNextActionKonbiniFamilymart: runtime.Check;
