import type * as runtime from "./runtime/api.js";
import type { PaymentIntentCardProcessing as self } from "./types/payment_intent_card_processing.js";

export type PaymentIntentCardProcessing = self;
export declare const PaymentIntentCardProcessing: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentCardProcessing(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentCardProcessing(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentCardProcessing: runtime.Check;
