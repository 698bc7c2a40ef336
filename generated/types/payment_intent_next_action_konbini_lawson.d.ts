/** @schema `payment_intent_next_action_konbini_lawson` */
export type PaymentIntentNextActionKonbiniLawson = {
  /**
   * The confirmation number.
   *
   * @maxLength 5000
   */
  confirmation_number?: string;
  /**
   * The payment code.
   *
   * @maxLength 5000
   */
  payment_code: string;
};
