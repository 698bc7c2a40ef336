import type { GelatoDataIdNumberReportDate } from "./gelato_data_id_number_report_date.js";
import type { GelatoIdNumberReportError } from "./gelato_id_number_report_error.js";

/**
 * Result from an id_number check
 *
 * @schema `gelato_id_number_report`
 */
export type GelatoIdNumberReport = {
  /** Date of birth. */
  dob?: GelatoDataIdNumberReportDate | null;
  /** Details on the verification error. Present when status is `unverified`. */
  error?: GelatoIdNumberReportError | null;
  /**
   * First name.
   *
   * @maxLength 5000
   */
  first_name?: string | null;
  /**
   * ID number.
   *
   * @maxLength 5000
   */
  id_number?: string | null;
  /** Type of ID number. */
  id_number_type?: "br_cpf" | "sg_nric" | "us_ssn" | null;
  /**
   * Last name.
   *
   * @maxLength 5000
   */
  last_name?: string | null;
  /** Status of this `id_number` check. */
  status: "unverified" | "verified" | (string & {});
};
