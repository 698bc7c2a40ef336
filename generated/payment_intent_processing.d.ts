import type * as runtime from "./runtime/api.js";
import type { PaymentIntentProcessing as self } from "./types/payment_intent_processing.js";

export type PaymentIntentProcessing = self;
export declare const PaymentIntentProcessing: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentProcessing(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentProcessing(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentProcessing: runtime.Check;
