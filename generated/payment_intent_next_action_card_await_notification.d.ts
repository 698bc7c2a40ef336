import type * as runtime from "./runtime/api.js";
import type { PaymentIntentNextActionCardAwaitNotification as self } from "./types/payment_intent_next_action_card_await_notification.js";

export type PaymentIntentNextActionCardAwaitNotification = self;
export declare const PaymentIntentNextActionCardAwaitNotification: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validatePaymentIntentNextActionCardAwaitNotification(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isPaymentIntentNextActionCardAwaitNotification(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkPaymentIntentNextActionCardAwaitNotification: runtime.Check;
