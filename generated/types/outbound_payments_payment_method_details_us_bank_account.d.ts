/** @schema `outbound_payments_payment_method_details_us_bank_account` */
export type OutboundPaymentsPaymentMethodDetailsUsBankAccount = {
  /** Account holder type: individual or company. */
  account_holder_type?: "company" | "individual" | null;
  /** Account type: checkings or savings. Defaults to checking if omitted. */
  account_type?: "checking" | "savings" | null;
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
   * Last four digits of the bank account number.
   *
   * @maxLength 5000
   */
  last4?: string | null;
  /** The US bank account network used to send funds. */
  network: "ach" | "us_domestic_wire";
  /**
   * Routing number of the bank account.
   *
   * @maxLength 5000
   */
  routing_number?: string | null;
};
