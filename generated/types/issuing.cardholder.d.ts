import type { IssuingCardholderAddress } from "./issuing_cardholder_address.js";
import type { IssuingCardholderAuthorizationControls } from "./issuing_cardholder_authorization_controls.js";
import type { IssuingCardholderCompany } from "./issuing_cardholder_company.js";
import type { IssuingCardholderIndividual } from "./issuing_cardholder_individual.js";
import type { IssuingCardholderRequirements } from "./issuing_cardholder_requirements.js";

/**
 * An Issuing `Cardholder` object represents an individual or business entity who is [issued](https://stripe.com/docs/issuing) cards.
 *
 * Related guide: [How to create a cardholder](https://stripe.com/docs/issuing/cards#create-cardholder)
 *
 * @schema `issuing.cardholder`
 */
export type IssuingCardholder = {
  billing: IssuingCardholderAddress;
  /** Additional information about a `company` cardholder. */
  company?: IssuingCardholderCompany | null;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  /**
   * The cardholder's email address.
   *
   * @maxLength 5000
   */
  email?: string | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Additional information about an `individual` cardholder. */
  individual?: IssuingCardholderIndividual | null;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata: { [key: string]: string };
  /**
   * The cardholder's name. This will be printed on cards issued to them.
   *
   * @maxLength 5000
   */
  name: string;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "issuing.cardholder";
  /**
   * The cardholder's phone number. This is required for all cardholders who will be creating EU cards. See the [3D Secure documentation](https://stripe.com/docs/issuing/3d-secure#when-is-3d-secure-applied) for more details.
   *
   * @maxLength 5000
   */
  phone_number?: string | null;
  /**
   * The cardholder’s preferred locales (languages), ordered by preference. Locales can be `de`, `en`, `es`, `fr`, or `it`.
   *  This changes the language of the [3D Secure flow](https://stripe.com/docs/issuing/3d-secure) and one-time password messages sent to the cardholder.
   */
  preferred_locales?: ("de" | "en" | "es" | "fr" | "it")[] | null;
  requirements: IssuingCardholderRequirements;
  /** Rules that control spending across this cardholder's cards. Refer to our [documentation](https://stripe.com/docs/issuing/controls/spending-controls) for more details. */
  spending_controls?: IssuingCardholderAuthorizationControls | null;
  /** Specifies whether to permit authorizations on this cardholder's cards. */
  status: "active" | "blocked" | "inactive";
  /** One of `individual` or `company`. See [Choose a cardholder type](https://stripe.com/docs/issuing/other/choose-cardholder) for more details. */
  type: "company" | "individual" | (string & {});
};
