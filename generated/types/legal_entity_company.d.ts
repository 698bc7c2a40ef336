import type { Address } from "./address.js";
import type { LegalEntityCompanyVerification } from "./legal_entity_company_verification.js";
import type { LegalEntityJapanAddress } from "./legal_entity_japan_address.js";
import type { LegalEntityUboDeclaration } from "./legal_entity_ubo_declaration.js";

/** @schema `legal_entity_company` */
export type LegalEntityCompany = {
  address?: Address;
  /** The Kana variation of the company's primary address (Japan only). */
  address_kana?: LegalEntityJapanAddress | null;
  /** The Kanji variation of the company's primary address (Japan only). */
  address_kanji?: LegalEntityJapanAddress | null;
  /** Whether the company's directors have been provided. This Boolean will be `true` if you've manually indicated that all directors are provided via [the `directors_provided` parameter](https://stripe.com/docs/api/accounts/update#update_account-company-directors_provided). */
  directors_provided?: boolean;
  /** Whether the company's executives have been provided. This Boolean will be `true` if you've manually indicated that all executives are provided via [the `executives_provided` parameter](https://stripe.com/docs/api/accounts/update#update_account-company-executives_provided), or if Stripe determined that sufficient executives were provided. */
  executives_provided?: boolean;
  /**
   * The export license ID number of the company, also referred as Import Export Code (India only).
   *
   * @maxLength 5000
   */
  export_license_id?: string;
  /**
   * The purpose code to use for export transactions (India only).
   *
   * @maxLength 5000
   */
  export_purpose_code?: string;
  /**
   * The company's legal name.
   *
   * @maxLength 5000
   */
  name?: string | null;
  /**
   * The Kana variation of the company's legal name (Japan only).
   *
   * @maxLength 5000
   */
  name_kana?: string | null;
  /**
   * The Kanji variation of the company's legal name (Japan only).
   *
   * @maxLength 5000
   */
  name_kanji?: string | null;
  /** Whether the company's owners have been provided. This Boolean will be `true` if you've manually indicated that all owners are provided via [the `owners_provided` parameter](https://stripe.com/docs/api/accounts/update#update_account-company-owners_provided), or if Stripe determined that sufficient owners were provided. Stripe determines ownership requirements using both the number of owners provided and their total percent ownership (calculated by adding the `percent_ownership` of each owner together). */
  owners_provided?: boolean;
  /** This hash is used to attest that the beneficial owner information provided to Stripe is both current and correct. */
  ownership_declaration?: LegalEntityUboDeclaration | null;
  /**
   * The company's phone number (used for verification).
   *
   * @maxLength 5000
   */
  phone?: string | null;
  /** The category identifying the legal structure of the company or legal entity. See [Business structure](https://stripe.com/docs/connect/identity-verification#business-structure) for more details. */
  structure?:
    | "free_zone_establishment"
    | "free_zone_llc"
    | "government_instrumentality"
    | "governmental_unit"
    | "incorporated_non_profit"
    | "incorporated_partnership"
    | "limited_liability_partnership"
    | "llc"
    | "multi_member_llc"
    | "private_company"
    | "private_corporation"
    | "private_partnership"
    | "public_company"
    | "public_corporation"
    | "public_partnership"
    | "single_member_llc"
    | "sole_establishment"
    | "sole_proprietorship"
    | "tax_exempt_government_instrumentality"
    | "unincorporated_association"
    | "unincorporated_non_profit"
    | "unincorporated_partnership"
    | (string & {});
  /** Whether the company's business ID number was provided. */
  tax_id_provided?: boolean;
  /**
   * The jurisdiction in which the `tax_id` is registered (Germany-based companies only).
   *
   * @maxLength 5000
   */
  tax_id_registrar?: string;
  /** Whether the company's business VAT number was provided. */
  vat_id_provided?: boolean;
  /** Information on the verification state of the company. */
  verification?: LegalEntityCompanyVerification | null;
};
