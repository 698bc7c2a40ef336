/** @schema `source_mandate_notification_acss_debit_data` */
export type SourceMandateNotificationAcssDebitData = {
  /**
   * The statement descriptor associate with the debit.
   *
   * @maxLength 5000
   */
  statement_descriptor?: string;
};
