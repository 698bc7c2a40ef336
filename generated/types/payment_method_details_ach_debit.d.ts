/** @schema `payment_method_details_ach_debit` */
export type PaymentMethodDetailsAchDebit = {
  /** Type of entity that holds the account. This can be either `individual` or `company`. */
  account_holder_type?: "company" | "individual" | null;
  /**
   * Name of the bank associated with the bank account.
   *
   * @maxLength 5000
   */
  bank_name?: string | null;
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
   * Last four digits of the bank account number.
   *
   * @maxLength 5000
   */
  last4?: string | null;
  /**
   * Routing transit number of the bank account.
   *
   * @maxLength 5000
   */
  routing_number?: string | null;
};
