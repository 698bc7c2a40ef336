import type { GelatoSessionLastError } from "./gelato_session_last_error.js";
import type { GelatoVerificationSessionOptions } from "./gelato_verification_session_options.js";
import type { GelatoVerifiedOutputs } from "./gelato_verified_outputs.js";
import type { IdentityVerificationReport } from "./identity.verification_report.js";
import type { VerificationSessionRedaction } from "./verification_session_redaction.js";

/**
 * A VerificationSession guides you through the process of collecting and verifying the identities
 * of your users. It contains details about the type of verification, such as what [verification
 * check](/docs/identity/verification-checks) to perform. Only create one VerificationSession for
 * each verification in your system.
 *
 * A VerificationSession transitions through [multiple
 * statuses](/docs/identity/how-sessions-work) throughout its lifetime as it progresses through
 * the verification flow. The VerificationSession contains the user's verified data after
 * verification checks are complete.
 *
 * Related guide: [The Verification Sessions API](https://stripe.com/docs/identity/verification-sessions)
 *
 * @schema `identity.verification_session`
 */
export type IdentityVerificationSession = {
  /**
   * The short-lived client secret used by Stripe.js to [show a verification modal](https://stripe.com/docs/js/identity/modal) inside your app. This client secret expires after 24 hours and can only be used once. Don’t store it, log it, embed it in a URL, or expose it to anyone other than the user. Make sure that you have TLS enabled on any page that includes the client secret. Refer to our docs on [passing the client secret to the frontend](https://stripe.com/docs/identity/verification-sessions#client-secret) to learn more.
   *
   * @maxLength 5000
   */
  client_secret?: string | null;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** If present, this property tells you the last error encountered when processing the verification. */
  last_error?: GelatoSessionLastError | null;
  /**
   * ID of the most recent VerificationReport. [Learn more about accessing detailed verification results.](https://stripe.com/docs/identity/verification-sessions#results)
   *
   * @expandable An ID, or the object when the request expands this field
   */
  last_verification_report?: string | IdentityVerificationReport | null;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "identity.verification_session";
  /** A set of options for the session’s verification checks. */
  options?: GelatoVerificationSessionOptions | null;
  /** Redaction status of this VerificationSession. If the VerificationSession is not redacted, this field will be null. */
  redaction?: VerificationSessionRedaction | null;
  /** Status of this VerificationSession. [Learn more about the lifecycle of sessions](https://stripe.com/docs/identity/how-sessions-work). */
  status: "canceled" | "processing" | "requires_input" | "verified";
  /** The type of [verification check](https://stripe.com/docs/identity/verification-checks) to be performed. */
  type?: "document" | "id_number" | (string & {}) | null;
  /**
   * The short-lived URL that you use to redirect a user to Stripe to submit their identity information. This URL expires after 48 hours and can only be used once. Don’t store it, log it, send it in emails or expose it to anyone other than the user. Refer to our docs on [verifying identity documents](https://stripe.com/docs/identity/verify-identity-documents?platform=web&type=redirect) to learn how to redirect users to Stripe.
   *
   * @maxLength 5000
   */
  url?: string | null;
  /** The user’s verified data. */
  verified_outputs?: GelatoVerifiedOutputs | null;
};
