/** @schema `payment_method_details_acss_debit` */
export type PaymentMethodDetailsAcssDebit = {
  /**
   * Name of the bank associated with the bank account.
   *
   * @maxLength 5000
   */
  bank_name?: string | null;
  /**
   * Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
   *
   * @maxLength 5000
   */
  fingerprint?: string | null;
  /**
   * Institution number of the bank account
   *
   * @maxLength 5000
   */
  institution_number?: string | null;
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
  mandate?: string;
  /**
   * Transit number of the bank account.
   *
   * @maxLength 5000
   */
  transit_number?: string | null;
};
