import type { Address } from "./address.js";
import type { LegalEntityDob } from "./legal_entity_dob.js";
import type { LegalEntityJapanAddress } from "./legal_entity_japan_address.js";
import type { LegalEntityPersonVerification } from "./legal_entity_person_verification.js";
import type { PersonFutureRequirements } from "./person_future_requirements.js";
import type { PersonRelationship } from "./person_relationship.js";
import type { PersonRequirements } from "./person_requirements.js";

/**
 * This is an object representing a person associated with a Stripe account.
 *
 * A platform cannot access a Standard or Express account's persons after the account starts onboarding, such as after generating an account link for the account.
 * See the [Standard onboarding](https://stripe.com/docs/connect/standard-accounts) or [Express onboarding documentation](https://stripe.com/docs/connect/express-accounts) for information about platform prefilling and account onboarding steps.
 *
 * Related guide: [Handling identity verification with the API](https://stripe.com/docs/connect/identity-verification-api#person-information)
 *
 * @schema `person`
 */
export type Person = {
  /**
   * The account the person is associated with.
   *
   * @maxLength 5000
   */
  account: string;
  address?: Address;
  address_kana?: LegalEntityJapanAddress | null;
  address_kanji?: LegalEntityJapanAddress | null;
  /**
   * Time at which the object was created. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created: number;
  dob?: LegalEntityDob;
  /**
   * The person's email address.
   *
   * @maxLength 5000
   */
  email?: string | null;
  /**
   * The person's first name.
   *
   * @maxLength 5000
   */
  first_name?: string | null;
  /**
   * The Kana variation of the person's first name (Japan only).
   *
   * @maxLength 5000
   */
  first_name_kana?: string | null;
  /**
   * The Kanji variation of the person's first name (Japan only).
   *
   * @maxLength 5000
   */
  first_name_kanji?: string | null;
  /** A list of alternate names or aliases that the person is known by. */
  full_name_aliases?: string[];
  future_requirements?: PersonFutureRequirements | null;
  /** The person's gender (International regulations require either "male" or "female"). */
  gender?: string | null;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  /** Whether the person's `id_number` was provided. True if either the full ID number was provided or if only the required part of the ID number was provided (ex. last four of an individual's SSN for the US indicated by `ssn_last_4_provided`). */
  id_number_provided?: boolean;
  /** Whether the person's `id_number_secondary` was provided. */
  id_number_secondary_provided?: boolean;
  /**
   * The person's last name.
   *
   * @maxLength 5000
   */
  last_name?: string | null;
  /**
   * The Kana variation of the person's last name (Japan only).
   *
   * @maxLength 5000
   */
  last_name_kana?: string | null;
  /**
   * The Kanji variation of the person's last name (Japan only).
   *
   * @maxLength 5000
   */
  last_name_kanji?: string | null;
  /**
   * The person's maiden name.
   *
   * @maxLength 5000
   */
  maiden_name?: string | null;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string };
  /**
   * The country where the person is a national.
   *
   * @maxLength 5000
   */
  nationality?: string | null;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "person";
  /**
   * The person's phone number.
   *
   * @maxLength 5000
   */
  phone?: string | null;
  /** Indicates if the person or any of their representatives, family members, or other closely related persons, declares that they hold or have held an important public job or function, in any jurisdiction. */
  political_exposure?: "existing" | "none";
  registered_address?: Address;
  relationship?: PersonRelationship;
  requirements?: PersonRequirements | null;
  /** Whether the last four digits of the person's Social Security number have been provided (U.S. only). */
  ssn_last_4_provided?: boolean;
  verification?: LegalEntityPersonVerification;
};
