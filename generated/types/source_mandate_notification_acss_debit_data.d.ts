/** @schema `source_mandate_notification_acss_debit_data` */
export interface SourceMandateNotificationAcssDebitData {
  /**
   * The statement descriptor associate with the debit.
   *
   * @maxLength 5000
   */
  statement_descriptor?: string;
}
