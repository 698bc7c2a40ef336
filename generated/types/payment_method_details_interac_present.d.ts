import type { PaymentMethodDetailsInteracPresentReceipt } from "./payment_method_details_interac_present_receipt.js";

/** @schema `payment_method_details_interac_present` */
export type PaymentMethodDetailsInteracPresent = {
  /**
   * Card brand. Can be `interac`, `mastercard` or `visa`.
   *
   * @maxLength 5000
   */
  brand?: string | null;
  /**
   * The cardholder name as read from the card, in [ISO 7813](https://en.wikipedia.org/wiki/ISO/IEC_7813) format. May include alphanumeric characters, special characters and first/last name separator (`/`). In some cases, the cardholder name may not be available depending on how the issuer has configured the card. Cardholder name is typically not available on swipe or contactless payments, such as those made with Apple Pay and Google Pay.
   *
   * @maxLength 5000
   */
  cardholder_name?: string | null;
  /**
   * Two-letter ISO code representing the country of the card. You could use this attribute to get a sense of the international breakdown of cards you've collected.
   *
   * @maxLength 5000
   */
  country?: string | null;
  /**
   * Authorization response cryptogram.
   *
   * @maxLength 5000
   */
  emv_auth_data?: string | null;
  /** Two-digit number representing the card's expiration month. */
  exp_month: number;
  /** Four-digit number representing the card's expiration year. */
  exp_year: number;
  /**
   * Uniquely identifies this particular card number. You can use this attribute to check whether two customers who’ve signed up with you are using the same card number, for example. For payment methods that tokenize card information (Apple Pay, Google Pay), the tokenized number might be provided instead of the underlying card number.
   *
   * *As of May 1, 2021, card fingerprint in India for Connect changed to allow two fingerprints for the same card---one for India and one for the rest of the world.*
   *
   * @maxLength 5000
   */
  fingerprint?: string | null;
  /**
   * Card funding type. Can be `credit`, `debit`, `prepaid`, or `unknown`.
   *
   * @maxLength 5000
   */
  funding?: string | null;
  /**
   * ID of a card PaymentMethod generated from the card_present PaymentMethod that may be attached to a Customer for future transactions. Only present if it was possible to generate a card PaymentMethod.
   *
   * @maxLength 5000
   */
  generated_card?: string | null;
  /**
   * The last four digits of the card.
   *
   * @maxLength 5000
   */
  last4?: string | null;
  /**
   * Identifies which network this charge was processed on. Can be `amex`, `cartes_bancaires`, `diners`, `discover`, `eftpos_au`, `interac`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`.
   *
   * @maxLength 5000
   */
  network?: string | null;
  /** EMV tag 5F2D. Preferred languages specified by the integrated circuit chip. */
  preferred_locales?: string[] | null;
  /** How card details were read in this transaction. */
  read_method?:
    | "contact_emv"
    | "contactless_emv"
    | "contactless_magstripe_mode"
    | "magnetic_stripe_fallback"
    | "magnetic_stripe_track2"
    | null;
  /** A collection of fields required to be displayed on receipts. Only required for EMV transactions. */
  receipt?: PaymentMethodDetailsInteracPresentReceipt | null;
};
