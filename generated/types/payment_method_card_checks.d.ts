/** @schema `payment_method_card_checks` */
export type PaymentMethodCardChecks = {
  /**
   * If a address line1 was provided, results of the check, one of `pass`, `fail`, `unavailable`, or `unchecked`.
   *
   * @maxLength 5000
   */
  address_line1_check?: string | null;
  /**
   * If a address postal code was provided, results of the check, one of `pass`, `fail`, `unavailable`, or `unchecked`.
   *
   * @maxLength 5000
   */
  address_postal_code_check?: string | null;
  /**
   * If a CVC was provided, results of the check, one of `pass`, `fail`, `unavailable`, or `unchecked`.
   *
   * @maxLength 5000
   */
  cvc_check?: string | null;
};
