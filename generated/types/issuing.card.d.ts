import type { IssuingCardholder } from "./issuing.cardholder.js";
import type { IssuingCardAuthorizationControls } from "./issuing_card_authorization_controls.js";
import type { IssuingCardShipping } from "./issuing_card_shipping.js";
import type { IssuingCardWallets } from "./issuing_card_wallets.js";

/**
 * You can [create physical or virtual cards](https://stripe.com/docs/issuing/cards) that are issued to cardholders.
 *
 * @schema `issuing.card`
 */
export type IssuingCard = {
  /**
   * The brand of the card.
   *
   * @maxLength 5000
   */
  brand: string;
  /** The reason why the card was canceled. */
  cancellation_reason?:
    "design_rejected" | "lost" | "stolen" | (string & {}) | null;
  cardholder: IssuingCardholder;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /** Three-letter [ISO currency code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase. Supported currencies are `usd` in the US, `eur` in the EU, and `gbp` in the UK. */
  currency: string;
  /**
   * The card's CVC. For security reasons, this is only available for virtual cards, and will be omitted unless you explicitly request it with [the `expand` parameter](https://stripe.com/docs/api/expanding_objects). Additionally, it's only available via the ["Retrieve a card" endpoint](https://stripe.com/docs/api/issuing/cards/retrieve), not via "List all cards" or any other endpoint.
   *
   * @maxLength 5000
   */
  cvc?: string;
  /** The expiration month of the card. */
  exp_month: number;
  /** The expiration year of the card. */
  exp_year: number;
  /**
   * The financial account this card is attached to.
   *
   * @maxLength 5000
   */
  financial_account?: string | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /**
   * The last 4 digits of the card number.
   *
   * @maxLength 5000
   */
  last4: string;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /**
   * The full unredacted card number. For security reasons, this is only available for virtual cards, and will be omitted unless you explicitly request it with [the `expand` parameter](https://stripe.com/docs/api/expanding_objects). Additionally, it's only available via the ["Retrieve a card" endpoint](https://stripe.com/docs/api/issuing/cards/retrieve), not via "List all cards" or any other endpoint.
   *
   * @maxLength 5000
   */
  number?: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "issuing.card";
  /**
   * The latest card that replaces this card, if any.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  replaced_by?: string | IssuingCard | null;
  /**
   * The card this card replaces, if any.
   *
   * @expandable An ID, or the object when the request expands this field
   */
  replacement_for?: string | IssuingCard | null;
  /** The reason why the previous card needed to be replaced. */
  replacement_reason?:
    "damaged" | "expired" | "lost" | "stolen" | (string & {}) | null;
  /** Where and how the card will be shipped. */
  shipping?: IssuingCardShipping | null;
  spending_controls: IssuingCardAuthorizationControls;
  /** Whether authorizations can be approved on this card. May be blocked from activating cards depending on past-due Cardholder requirements. Defaults to `inactive`. */
  status: "active" | "canceled" | "inactive" | (string & {});
  /** The type of the card. */
  type: "physical" | "virtual";
  /** Information relating to digital wallets (like Apple Pay and Google Pay). */
  wallets?: IssuingCardWallets | null;
};
