/** @schema `gelato_document_report_error` */
export type GelatoDocumentReportError = {
  /** A short machine-readable string giving the reason for the verification failure. */
  code?:
    | "document_expired"
    | "document_type_not_supported"
    | "document_unverified_other"
    | (string & {})
    | null;
  /**
   * A human-readable message giving the reason for the failure. These messages can be shown to your users.
   *
   * @maxLength 5000
   */
  reason?: string | null;
};
