/** @schema `gelato_selfie_report_error` */
export type GelatoSelfieReportError = {
  /** A short machine-readable string giving the reason for the verification failure. */
  code?:
    | "selfie_document_missing_photo"
    | "selfie_face_mismatch"
    | "selfie_manipulated"
    | "selfie_unverified_other"
    | null;
  /**
   * A human-readable message giving the reason for the failure. These messages can be shown to your users.
   *
   * @maxLength 5000
   */
  reason?: string | null;
};
