import type { IssuingCardholderUserTermsAcceptance } from "./issuing_cardholder_user_terms_acceptance.js";

/** @schema `issuing_cardholder_card_issuing` */
export type IssuingCardholderCardIssuing = {
  /** Information about cardholder acceptance of [Authorized User Terms](https://stripe.com/docs/issuing/cards). */
  user_terms_acceptance?: IssuingCardholderUserTermsAcceptance | null;
};
