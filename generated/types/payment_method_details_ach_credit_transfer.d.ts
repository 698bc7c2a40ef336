/** @schema `payment_method_details_ach_credit_transfer` */
export type PaymentMethodDetailsAchCreditTransfer = {
  /**
   * Account number to transfer funds to.
   *
   * @maxLength 5000
   */
  account_number?: string | null;
  /**
   * Name of the bank associated with the routing number.
   *
   * @maxLength 5000
   */
  bank_name?: string | null;
  /**
   * Routing transit number for the bank account to transfer funds to.
   *
   * @maxLength 5000
   */
  routing_number?: string | null;
  /**
   * SWIFT code of the bank associated with the routing number.
   *
   * @maxLength 5000
   */
  swift_code?: string | null;
};
