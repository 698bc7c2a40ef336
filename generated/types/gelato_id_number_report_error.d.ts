/** @schema `gelato_id_number_report_error` */
export type GelatoIdNumberReportError = {
  /** A short machine-readable string giving the reason for the verification failure. */
  code?:
    | "id_number_insufficient_document_data"
    | "id_number_mismatch"
    | "id_number_unverified_other"
    | null;
  /**
   * A human-readable message giving the reason for the failure. These messages can be shown to your users.
   *
   * @maxLength 5000
   */
  reason?: string | null;
};
