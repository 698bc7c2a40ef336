import type { LegalEntityPersonVerificationDocument } from "./legal_entity_person_verification_document.js";

/** @schema `legal_entity_person_verification` */
export type LegalEntityPersonVerification = {
  /** A document showing address, either a passport, local ID card, or utility bill from a well-known utility company. */
  additional_document?: LegalEntityPersonVerificationDocument | null;
  /**
   * A user-displayable string describing the verification state for the person. For example, this may say "Provided identity information could not be verified".
   *
   * @maxLength 5000
   */
  details?: string | null;
  /**
   * One of `document_address_mismatch`, `document_dob_mismatch`, `document_duplicate_type`, `document_id_number_mismatch`, `document_name_mismatch`, `document_nationality_mismatch`, `failed_keyed_identity`, or `failed_other`. A machine-readable code specifying the verification state for the person.
   *
   * @maxLength 5000
   */
  details_code?: string | null;
  document?: LegalEntityPersonVerificationDocument;
  /**
   * The state of verification for the person. Possible values are `unverified`, `pending`, or `verified`.
   *
   * @maxLength 5000
   */
  status: string;
};
