import type { AccountBusinessProfile } from "./account_business_profile.js";
import type { AccountCapabilities } from "./account_capabilities.js";
import type { AccountFutureRequirements } from "./account_future_requirements.js";
import type { AccountRequirements } from "./account_requirements.js";
import type { AccountSettings } from "./account_settings.js";
import type { AccountTosAcceptance } from "./account_tos_acceptance.js";
import type { AccountUnificationAccountController } from "./account_unification_account_controller.js";
import type { BankAccount } from "./bank_account.js";
import type { Card } from "./card.js";
import type { LegalEntityCompany } from "./legal_entity_company.js";
import type { Person } from "./person.js";

/**
 * This is an object representing a Stripe account. You can retrieve it to see
 * properties on the account like its current requirements or if the account is
 * enabled to make live charges or receive payouts.
 *
 * For Custom accounts, the properties below are always returned. For other accounts, some properties are returned until that
 * account has started to go through Connect Onboarding. Once you create an [Account Link](https://stripe.com/docs/api/account_links)
 * for a Standard or Express account, some parameters are no longer returned. These are marked as **Custom Only** or **Custom and Express**
 * below. Learn about the differences [between accounts](https://stripe.com/docs/connect/accounts).
 *
 * @schema `account`
 */
export type Account = {
  /** Business information about the account. */
  business_profile?: AccountBusinessProfile | null;
  /** The business type. */
  business_type?:
    | "company"
    | "government_entity"
    | "individual"
    | "non_profit"
    | (string & {})
    | null;
  capabilities?: AccountCapabilities;
  /** Whether the account can create live charges. */
  charges_enabled?: boolean;
  company?: LegalEntityCompany;
  controller?: AccountUnificationAccountController;
  /**
   * The account's country.
   *
   * @maxLength 5000
   */
  country?: string;
  /**
   * Time at which the account was connected. Measured in seconds since the Unix epoch.
   *
   * @format unix-time
   */
  created?: number;
  /**
   * Three-letter ISO currency code representing the default currency for the account. This must be a currency that [Stripe supports in the account's country](https://stripe.com/docs/payouts).
   *
   * @maxLength 5000
   */
  default_currency?: string;
  /** Whether account details have been submitted. Standard accounts cannot receive payouts before this is true. */
  details_submitted?: boolean;
  /**
   * An email address associated with the account. It's not used for authentication and Stripe doesn't market to this field without explicit approval from the platform.
   *
   * @maxLength 5000
   */
  email?: string | null;
  /** External accounts (bank accounts and debit cards) currently attached to this account */
  external_accounts?: {
    /** The list contains all external accounts that have been attached to the Stripe account. These may be bank accounts or cards. */
    data: (BankAccount | Card)[];
    /** True if this list has another page of items after this one that can be fetched. */
    has_more: boolean;
    /** String representing the object's type. Objects of the same type share the same value. Always has the value `list`. */
    object: "list";
    /**
     * The URL where this list can be accessed.
     *
     * @maxLength 5000
     */
    url: string;
  };
  future_requirements?: AccountFutureRequirements;
  /**
   * Unique identifier for the object.
   *
   * @maxLength 5000
   */
  id: string;
  individual?: Person;
  /** Set of [key-value pairs](https://stripe.com/docs/api/metadata) that you can attach to an object. This can be useful for storing additional information about the object in a structured format. */
  metadata?: { [key: string]: string };
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "account";
  /** Whether Stripe can send payouts to this account. */
  payouts_enabled?: boolean;
  requirements?: AccountRequirements;
  /** Options for customizing how the account functions within Stripe. */
  settings?: AccountSettings | null;
  tos_acceptance?: AccountTosAcceptance;
  /** The Stripe account type. Can be `standard`, `express`, or `custom`. */
  type?: "custom" | "express" | "standard";
};
