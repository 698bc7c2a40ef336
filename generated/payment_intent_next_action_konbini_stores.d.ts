import type * as runtime from "./runtime/api.js";
import type { PaymentIntentNextActionKonbiniStores as self } from "./types/payment_intent_next_action_konbini_stores.js";

export type PaymentIntentNextActionKonbiniStores = self;
export declare const PaymentIntentNextActionKonbiniStores: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentNextActionKonbiniStores(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentNextActionKonbiniStores(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentNextActionKonbiniStores: runtime.Check;
