/** @schema `gelato_report_id_number_options` */
export interface GelatoReportIdNumberOptions {
  [key: string]: unknown;
}
