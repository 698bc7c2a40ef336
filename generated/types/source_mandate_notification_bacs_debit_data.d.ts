/** @schema `source_mandate_notification_bacs_debit_data` */
export type SourceMandateNotificationBacsDebitData = {
  /**
   * Last 4 digits of the account number associated with the debit.
   *
   * @maxLength 5000
   */
  last4?: string;
};
