import type { GelatoDocumentReport } from "./gelato_document_report.js";
import type { GelatoIdNumberReport } from "./gelato_id_number_report.js";
import type { GelatoSelfieReport } from "./gelato_selfie_report.js";
import type { GelatoVerificationReportOptions } from "./gelato_verification_report_options.js";

/**
 * A VerificationReport is the result of an attempt to collect and verify data from a user.
 * The collection of verification checks performed is determined from the `type` and `options`
 * parameters used. You can find the result of each verification check performed in the
 * appropriate sub-resource: `document`, `id_number`, `selfie`.
 *
 * Each VerificationReport contains a copy of any data collected by the user as well as
 * reference IDs which can be used to access collected images through the [FileUpload](https://stripe.com/docs/api/files)
 * API. To configure and create VerificationReports, use the
 * [VerificationSession](https://stripe.com/docs/api/identity/verification_sessions) API.
 *
 * Related guides: [Accessing verification results](https://stripe.com/docs/identity/verification-sessions#results).
 *
 * @schema `identity.verification_report`
 */
export type IdentityVerificationReport = {
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  document?: GelatoDocumentReport;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  id_number?: GelatoIdNumberReport;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "identity.verification_report";
  options?: GelatoVerificationReportOptions;
  selfie?: GelatoSelfieReport;
  /** Type of report. */
  type?: "document" | "id_number" | (string & {});
  /**
   * ID of the VerificationSession that created this report.
   *
   * @maxLength 5000
   */
  verification_session?: string | null;
};
