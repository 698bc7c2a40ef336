/** @schema `financial_reporting_finance_report_run_run_parameters` */
export type FinancialReportingFinanceReportRunRunParameters = {
  /** The set of output columns requested for inclusion in the report run. */
  columns?: string[];
  /**
   * Connected account ID by which to filter the report run.
   *
   * @maxLength 5000
   */
  connected_account?: string;
  /** Currency of objects to be included in the report run. */
  currency?: string;
  /**
   * Ending timestamp of data to be included in the report run. Can be any UTC timestamp between 1 second after the user specified `interval_start` and 1 second before this report's last `data_available_end` value.
   *
   * @format unix-time
   */
  interval_end?: number;
  /**
   * Starting timestamp of data to be included in the report run. Can be any UTC timestamp between 1 second after this report's `data_available_start` and 1 second before the user specified `interval_end` value.
   *
   * @format unix-time
   */
  interval_start?: number;
  /**
   * Payout ID by which to filter the report run.
   *
   * @maxLength 5000
   */
  payout?: string;
  /**
   * Category of balance transactions to be included in the report run.
   *
   * @maxLength 5000
   */
  reporting_category?: string;
  /**
   * Defaults to `Etc/UTC`. The output timezone for all timestamps in the report. A list of possible time zone values is maintained at the [IANA Time Zone Database](http://www.iana.org/time-zones). Has no effect on `interval_start` or `interval_end`.
   *
   * @maxLength 5000
   */
  timezone?: string;
};
