/** @schema `setup_intent_payment_method_options_mandate_options_acss_debit` */
export type SetupIntentPaymentMethodOptionsMandateOptionsAcssDebit = {
  /**
   * A URL for custom mandate text
   *
   * @maxLength 5000
   */
  custom_mandate_url?: string;
  /** List of Stripe products where this mandate can be selected automatically. */
  default_for?: ("invoice" | "subscription")[];
  /**
   * Description of the interval. Only required if the 'payment_schedule' parameter is 'interval' or 'combined'.
   *
   * @maxLength 5000
   */
  interval_description?: string | null;
  /** Payment schedule for the mandate. */
  payment_schedule?: "combined" | "interval" | "sporadic" | null;
  /** Transaction type of the mandate. */
  transaction_type?: "business" | "personal" | null;
};
