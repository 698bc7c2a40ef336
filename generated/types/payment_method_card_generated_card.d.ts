import type { CardGeneratedFromPaymentMethodDetails } from "./card_generated_from_payment_method_details.js";
import type { SetupAttempt } from "./setup_attempt.js";

/** @schema `payment_method_card_generated_card` */
export type PaymentMethodCardGeneratedCard = {
  /**
   * The charge that created this object.
   *
   * @maxLength 5000
   */
  charge?: string | null;
  /** Transaction-specific details of the payment method used in the payment. */
  payment_method_details?: CardGeneratedFromPaymentMethodDetails | null;
  /**
   * The ID of the SetupAttempt that generated this PaymentMethod, if any.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  setup_attempt?: string | SetupAttempt | null;
};
