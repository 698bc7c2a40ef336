/** @schema `source_mandate_notification_sepa_debit_data` */
export type SourceMandateNotificationSepaDebitData = {
  /**
   * SEPA creditor ID.
   *
   * @maxLength 5000
   */
  creditor_identifier?: string;
  /**
   * Last 4 digits of the account number associated with the debit.
   *
   * @maxLength 5000
   */
  last4?: string;
  /**
   * Mandate reference associated with the debit.
   *
   * @maxLength 5000
   */
  mandate_reference?: string;
};
