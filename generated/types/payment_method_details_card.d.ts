import type { PaymentMethodDetailsCardChecks } from "./payment_method_details_card_checks.js";
import type { PaymentMethodDetailsCardInstallments } from "./payment_method_details_card_installments.js";
import type { PaymentMethodDetailsCardNetworkToken } from "./payment_method_details_card_network_token.js";
import type { PaymentMethodDetailsCardWallet } from "./payment_method_details_card_wallet.js";
import type { ThreeDSecureDetailsCharge } from "./three_d_secure_details_charge.js";

/** @schema `payment_method_details_card` */
export type PaymentMethodDetailsCard = {
  /**
   * Card brand. Can be `amex`, `diners`, `discover`, `eftpos_au`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`.
   *
   * @maxLength 5000
   */
  brand?: string | null;
  /** Check results by Card networks on Card address and CVC at time of payment. */
  checks?: PaymentMethodDetailsCardChecks | null;
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
  funding?: string | null;
  /**
   * Installment details for this payment (Mexico only).
   *
   * For more information, see the [installments integration guide](https://stripe.com/docs/payments/installments).
   */
  installments?: PaymentMethodDetailsCardInstallments | null;
  /**
   * The last four digits of the card.
   *
   * @maxLength 5000
   */
  last4?: string | null;
  /**
   * ID of the mandate used to make this payment or created by it.
   *
   * @maxLength 5000
   */
  mandate?: string | null;
  /**
   * Identifies which network this charge was processed on. Can be `amex`, `cartes_bancaires`, `diners`, `discover`, `eftpos_au`, `interac`, `jcb`, `mastercard`, `unionpay`, `visa`, or `unknown`.
   *
   * @maxLength 5000
   */
  network?: string | null;
  /** If this card has network token credentials, this contains the details of the network token credentials. */
  network_token?: PaymentMethodDetailsCardNetworkToken | null;
  /** Populated if this transaction used 3D Secure authentication. */
  three_d_secure?: ThreeDSecureDetailsCharge | null;
  /** If this Card is part of a card wallet, this contains the details of the card wallet. */
  wallet?: PaymentMethodDetailsCardWallet | null;
};
