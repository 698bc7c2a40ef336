/** @schema `verification_session_redaction` */
export interface VerificationSessionRedaction {
  /** Indicates whether this object and its related objects have been redacted or not. */
  status: "processing" | "redacted";
}
