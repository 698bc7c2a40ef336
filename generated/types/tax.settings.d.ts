import type { TaxProductResourceTaxSettingsDefaults } from "./tax_product_resource_tax_settings_defaults.js";
import type { TaxProductResourceTaxSettingsHeadOffice } from "./tax_product_resource_tax_settings_head_office.js";
import type { TaxProductResourceTaxSettingsStatusDetails } from "./tax_product_resource_tax_settings_status_details.js";

/**
 * You can use Tax `Settings` to manage configurations used by Stripe Tax calculations.
 *
 * Related guide: [Using the Settings API](https://stripe.com/docs/tax/settings-api)
 *
 * @schema `tax.settings`
 */
export type TaxSettings = {
  defaults: TaxProductResourceTaxSettingsDefaults;
  /** The place where your business is located. */
  head_office?: TaxProductResourceTaxSettingsHeadOffice | null;
  /** Has the value `true` if the object exists in live mode or the value `false` if the object exists in test mode. */
  livemode: boolean;
  /** String representing the object's type. Objects of the same type share the same value. */
  object: "tax.settings";
  /** The `active` status indicates you have all required settings to calculate tax. A status can transition out of `active` when new required settings are introduced. */
  status: "active" | "pending";
  status_details: TaxProductResourceTaxSettingsStatusDetails;
};
