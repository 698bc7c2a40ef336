import type { PaymentIntentCardProcessing } from "./payment_intent_card_processing.js";

/** @schema `payment_intent_processing` */
export type PaymentIntentProcessing = {
  card?: PaymentIntentCardProcessing;
  /** Type of the payment method for which payment is in `processing` state, one of `card`. */
  type: "card";
};
