/** @schema `gelato_report_id_number_options` */
export type GelatoReportIdNumberOptions = { [key: string]: unknown };
