import type { File } from "./file.js";

/** @schema `legal_entity_company_verification_document` */
export type LegalEntityCompanyVerificationDocument = {
  /**
   * The back of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `additional_verification`.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  back?: string | File | null;
  /**
   * A user-displayable string describing the verification state of this document.
   *
   * @maxLength 5000
   */
  details?: string | null;
  /**
   * One of `document_corrupt`, `document_expired`, `document_failed_copy`, `document_failed_greyscale`, `document_failed_other`, `document_failed_test_mode`, `document_fraudulent`, `document_incomplete`, `document_invalid`, `document_manipulated`, `document_not_readable`, `document_not_uploaded`, `document_type_not_supported`, or `document_too_large`. A machine-readable code specifying the verification state for this document.
   *
   * @maxLength 5000
   */
  details_code?: string | null;
  /**
   * The front of a document returned by a [file upload](https://stripe.com/docs/api#create_file) with a `purpose` value of `additional_verification`.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  front?: string | File | null;
};
