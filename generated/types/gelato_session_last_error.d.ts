/**
 * Shows last VerificationSession error
 *
 * @schema `gelato_session_last_error`
 */
export type GelatoSessionLastError = {
  /** A short machine-readable string giving the reason for the verification or user-session failure. */
  code?:
    | "abandoned"
    | "consent_declined"
    | "country_not_supported"
    | "device_not_supported"
    | "document_expired"
    | "document_type_not_supported"
    | "document_unverified_other"
    | "id_number_insufficient_document_data"
    | "id_number_mismatch"
    | "id_number_unverified_other"
    | "selfie_document_missing_photo"
    | "selfie_face_mismatch"
    | "selfie_manipulated"
    | "selfie_unverified_other"
    | "under_supported_age"
    | (string & {})
    | null;
  /**
   * A message that explains the reason for verification or user-session failure.
   *
   * @maxLength 5000
   */
  reason?: string | null;
};
