import type { Account } from "./account.js";
import type { Customer } from "./customer.js";
import type { DeletedCustomer } from "./deleted_customer.js";

/**
 * You can store multiple cards on a customer in order to charge the customer
 * later. You can also store multiple debit cards on a recipient in order to
 * transfer to those cards later.
 *
 * Related guide: [Card payments with Sources](https://stripe.com/docs/sources/cards)
 *
 * @schema `card`
 */
export type Card = {
  /**
   * The account this card belongs to. This attribute will not be in the card object if the card belongs to a customer or recipient instead.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  account?: string | Account | null;
  /**
   * City/District/Suburb/Town/Village.
   *
   * @maxLength 5000
   */
  address_city?: string | null;
  /**
   * Billing address country, if provided when creating card.
   *
   * @maxLength 5000
   */
  address_country?: string | null;
  /**
   * Address line 1 (Street address/PO Box/Company name).
   *
   * @maxLength 5000
   */
  address_line1?: string | null;
  /**
   * If `address_line1` was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`.
   *
   * @maxLength 5000
   */
  address_line1_check?: string | null;
  /**
   * Address line 2 (Apartment/Suite/Unit/Building).
   *
   * @maxLength 5000
   */
  address_line2?: string | null;
  /**
   * State/County/Province/Region.
   *
   * @maxLength 5000
   */
  address_state?: string | null;
  /**
   * ZIP or postal code.
   *
   * @maxLength 5000
   */
  address_zip?: string | null;
  /**
   * If `address_zip` was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`.
   *
   * @maxLength 5000
   */
  address_zip_check?: string | null;
  /** A set of available payout methods for this card. Only values from this set should be passed as the `method` when creating a payout. */
  available_payout_methods?: ("instant" | "standard")[] | null;
  /**
   * Card brand. Can be `American Express`, `Diners Club`, `Discover`, `Eftpos Australia`, `JCB`, `MasterCard`, `UnionPay`, `Visa`, or `Unknown`.
   *
   * @maxLength 5000
   */
  brand: string;
  /**
   * Two-letter ISO code representing the country of the card. You could use this attribute to get a sense of the international breakdown of cards you've collected.
   *
   * @maxLength 5000
   */
  country?: string | null;
  /** Three-letter [ISO code for currency](https://stripe.com/docs/payouts). Only applicable on accounts (not customers or recipients). The card can be used as a transfer destination for funds in this currency. */
  currency?: string | null;
  /**
   * The customer that this card belongs to. This attribute will not be in the card object if the card belongs to an account or recipient instead.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  customer?: string | Customer | DeletedCustomer | null;
  /**
   * If a CVC was provided, results of the check: `pass`, `fail`, `unavailable`, or `unchecked`. A result of unchecked indicates that CVC was provided but hasn't been checked yet. Checks are typically performed when attaching a card to a Customer object, or when creating a charge. For more details, see [Check if a card is valid without a charge](https://support.stripe.com/questions/check-if-a-card-is-valid-without-a-charge).
   *
   * @maxLength 5000
   */
  cvc_check?: string | null;
  /** Whether this card is the default external account for its currency. */
  default_for_currency?: boolean | null;
  /**
   * (For tokenized numbers only.) The last four digits of the device account number.
   *
   * @maxLength 5000
   */
  dynamic_last4?: string | null;
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
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * The last four digits of the card.
   *
   * @maxLength 5000
   */
  last4: string;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string } | null;
  /**
   * Cardholder name.
   *
   * @maxLength 5000
   */
  name?: string | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "card";
  /**
   * For external accounts, possible values are `new` and `errored`. If a transfer fails, the status is set to `errored` and transfers are stopped until account details are updated.
   *
   * @maxLength 5000
   */
  status?: string | null;
  /**
   * If the card number is tokenized, this is the method that was used. Can be `android_pay` (includes Google Pay), `apple_pay`, `masterpass`, `visa_checkout`, or null.
   *
   * @maxLength 5000
   */
  tokenization_method?: string | null;
};
