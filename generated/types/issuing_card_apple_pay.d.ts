/** @schema `issuing_card_apple_pay` */
export type IssuingCardApplePay = {
  /** Apple Pay Eligibility */
  eligible: boolean;
  /** Reason the card is ineligible for Apple Pay */
  ineligible_reason?:
    | "missing_agreement"
    | "missing_cardholder_contact"
    | "unsupported_region"
    | null;
};
