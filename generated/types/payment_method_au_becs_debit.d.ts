/** @schema `payment_method_au_becs_debit` */
export type PaymentMethodAuBecsDebit = {
  /**
   * Six-digit number identifying bank and branch associated with this bank account.
   *
   * @maxLength 5000
   */
  bsb_number?: string | null;
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
};
