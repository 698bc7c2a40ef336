import type { Address } from "./address.js";
import type { GelatoDataDocumentReportDateOfBirth } from "./gelato_data_document_report_date_of_birth.js";
import type { GelatoDataDocumentReportExpirationDate } from "./gelato_data_document_report_expiration_date.js";
import type { GelatoDataDocumentReportIssuedDate } from "./gelato_data_document_report_issued_date.js";
import type { GelatoDocumentReportError } from "./gelato_document_report_error.js";

/**
 * Result from a document check
 *
 * @schema `gelato_document_report`
 */
export type GelatoDocumentReport = {
  /** Address as it appears in the document. */
  address?: Address | null;
  /** Date of birth as it appears in the document. */
  dob?: GelatoDataDocumentReportDateOfBirth | null;
  /** Details on the verification error. Present when status is `unverified`. */
  error?: GelatoDocumentReportError | null;
  /** Expiration date of the document. */
  expiration_date?: GelatoDataDocumentReportExpirationDate | null;
  /** Array of [File](https://stripe.com/docs/api/files) ids containing images for this document. */
  files?: string[] | null;
  /**
   * First name as it appears in the document.
   *
   * @maxLength 5000
   */
  first_name?: string | null;
  /** Issued date of the document. */
  issued_date?: GelatoDataDocumentReportIssuedDate | null;
  /**
   * Issuing country of the document.
   *
   * @maxLength 5000
   */
  issuing_country?: string | null;
  /**
   * Last name as it appears in the document.
   *
   * @maxLength 5000
   */
  last_name?: string | null;
  /**
   * Document ID number.
   *
   * @maxLength 5000
   */
  number?: string | null;
  /** Status of this `document` check. */
  status: "unverified" | "verified" | (string & {});
  /** Type of the document. */
  type?: "driving_license" | "id_card" | "passport" | null;
};
