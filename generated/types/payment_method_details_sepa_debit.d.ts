/** @schema `payment_method_details_sepa_debit` */
export type PaymentMethodDetailsSepaDebit = {
  /**
   * Bank code of bank associated with the bank account.
   *
   * @maxLength 5000
   */
  bank_code?: string | null;
  /**
   * Branch code of bank associated with the bank account.
   *
   * @maxLength 5000
   */
  branch_code?: string | null;
  /**
   * Two-letter ISO code representing the country the bank account is located in.
   *
   * @maxLength 5000
   */
  country?: string | null;
  /**
   * Uniquely identifies this particular bank account. You can use this attribute to check whether two bank accounts are the same.
   *
   * @maxLength 5000
   */
  fingerprint?: string | null;
  /**
   * Last four characters of the IBAN.
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
};
