import type { PaymentMethodDetailsCardPresent } from "./payment_method_details_card_present.js";

/** @schema `card_generated_from_payment_method_details` */
export type CardGeneratedFromPaymentMethodDetails = {
  card_present?: PaymentMethodDetailsCardPresent;
  /**
   * The type of payment method transaction-specific details from the transaction that generated this `card` payment method. Always `card_present`.
   *
   * @maxLength 5000
   */
  type: string;
};
