import type * as runtime from "./runtime/api.js";
import type { PaymentIntent as self } from "./types/payment_intent.js";

export type PaymentIntent = self;
export declare const PaymentIntent: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntent(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntent(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntent: runtime.Check;
