/** @schema `payment_method_details_giropay` */
export type PaymentMethodDetailsGiropay = {
  /**
   * Bank code of bank associated with the bank account.
   *
   * @maxLength 5000
   */
  bank_code?: string | null;
  /**
   * Name of the bank associated with the bank account.
   *
   * @maxLength 5000
   */
  bank_name?: string | null;
  /**
   * Bank Identifier Code of the bank associated with the bank account.
   *
   * @maxLength 5000
   */
  bic?: string | null;
  /**
   * Owner's verified full name. Values are verified or provided by Giropay directly
   * (if supported) at the time of authorization or settlement. They cannot be set or mutated.
   * Giropay rarely provides this information so the attribute is usually empty.
   *
   * @maxLength 5000
   */
  verified_name?: string | null;
};
