import type { Networks } from "./networks.js";
import type { PaymentMethodCardChecks } from "./payment_method_card_checks.js";
import type { PaymentMethodCardGeneratedCard } from "./payment_method_card_generated_card.js";
import type { PaymentMethodCardWallet } from "./payment_method_card_wallet.js";
import type { ThreeDSecureUsage } from "./three_d_secure_usage.js";

/** @schema `payment_method_card` */
export type PaymentMethodCard = {
  /**
   * Card brand. Can be `amex`, `diners`, `discover`, `eftpos_au`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`.
   *
   * @maxLength 5000
   */
  brand: string;
  /** Checks on Card address and CVC if provided. */
  checks?: PaymentMethodCardChecks | null;
  /**
   * Two-letter ISO code representing the country of the card. You could use this attribute to get a sense of the international breakdown of cards you've collected.
   *
   * @maxLength 5000
   */
  country?: string | null;
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
  funding: string;
  /** Details of the original PaymentMethod that created this object. */
  generated_from?: PaymentMethodCardGeneratedCard | null;
  /**
   * The last four digits of the card.
   *
   * @maxLength 5000
   */
  last4: string;
  /** Contains information about card networks that can be used to process the payment. */
  networks?: Networks | null;
  /** Contains details on how this Card may be used for 3D Secure authentication. */
  three_d_secure_usage?: ThreeDSecureUsage | null;
  /** If this Card is part of a card wallet, this contains the details of the card wallet. */
  wallet?: PaymentMethodCardWallet | null;
};
