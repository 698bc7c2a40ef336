import type { GelatoSelfieReportError } from "./gelato_selfie_report_error.js";

/**
 * Result from a selfie check
 *
 * @schema `gelato_selfie_report`
 */
export type GelatoSelfieReport = {
  /**
   * ID of the [File](https://stripe.com/docs/api/files) holding the image of the identity document used in this check.
   *
   * @maxLength 5000
   */
  document?: string | null;
  /** Details on the verification error. Present when status is `unverified`. */
  error?: GelatoSelfieReportError | null;
  /**
   * ID of the [File](https://stripe.com/docs/api/files) holding the image of the selfie used in this check.
   *
   * @maxLength 5000
   */
  selfie?: string | null;
  /** Status of this `selfie` check. */
  status: "unverified" | "verified" | (string & {});
};
