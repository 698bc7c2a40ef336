import type { GelatoReportDocumentOptions } from "./gelato_report_document_options.js";
import type { GelatoReportIdNumberOptions } from "./gelato_report_id_number_options.js";

/** @schema `gelato_verification_report_options` */
export type GelatoVerificationReportOptions = {
  document?: GelatoReportDocumentOptions;
  id_number?: GelatoReportIdNumberOptions;
};
