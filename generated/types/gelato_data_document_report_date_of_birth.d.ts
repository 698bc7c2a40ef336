/**
 * Point in Time
 *
 * @schema `gelato_data_document_report_date_of_birth`
 */
export type GelatoDataDocumentReportDateOfBirth = {
  /** Numerical day between 1 and 31. */
  day?: number | null;
  /** Numerical month between 1 and 12. */
  month?: number | null;
  /** The four-digit year. */
  year?: number | null;
};
