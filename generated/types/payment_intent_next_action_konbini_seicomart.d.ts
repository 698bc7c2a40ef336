/** @schema `payment_intent_next_action_konbini_seicomart` */
export type PaymentIntentNextActionKonbiniSeicomart = {
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
