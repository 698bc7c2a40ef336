/** @schema `issuing_card_google_pay` */
export type IssuingCardGooglePay = {
  /** Google Pay Eligibility */
  eligible: boolean;
  /** Reason the card is ineligible for Google Pay */
  ineligible_reason?:
    | "missing_agreement"
    | "missing_cardholder_contact"
    | "unsupported_region"
    | null;
};
