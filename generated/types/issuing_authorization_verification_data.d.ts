/** @schema `issuing_authorization_verification_data` */
export type IssuingAuthorizationVerificationData = {
  /** Whether the cardholder provided an address first line and if it matched the cardholder’s `billing.address.line1`. */
  address_line1_check: "match" | "mismatch" | "not_provided";
  /** Whether the cardholder provided a postal code and if it matched the cardholder’s `billing.address.postal_code`. */
  address_postal_code_check: "match" | "mismatch" | "not_provided";
  /** Whether the cardholder provided a CVC and if it matched Stripe’s record. */
  cvc_check: "match" | "mismatch" | "not_provided";
  /** Whether the cardholder provided an expiry date and if it matched Stripe’s record. */
  expiry_check: "match" | "mismatch" | "not_provided";
};
