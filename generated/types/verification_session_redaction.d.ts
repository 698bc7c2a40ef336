/** @schema `verification_session_redaction` */
export type VerificationSessionRedaction = {
  /** Indicates whether this object and its related objects have been redacted or not. */
  status: "processing" | "redacted";
};
