/** @schema `payment_method_details_bacs_debit` */
export type PaymentMethodDetailsBacsDebit = {
  /**
   * Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
   *
   * @maxLength 5000
   */
  fingerprint?: string | null;
  /**
   * Last four digits of the bank account number.
   *
   * @maxLength 5000
   */
  last4?: string | null;
  /**
   * ID of the mandate used to make this payment.
   *
   * @maxLength 5000
   */
  mandate?: string | null;
  /**
   * Sort code of the bank account. (e.g., `10-20-30`)
   *
   * @maxLength 5000
   */
  sort_code?: string | null;
};
