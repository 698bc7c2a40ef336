import type { TaxProductResourceTaxSettingsStatusDetailsResourceActive } from "./tax_product_resource_tax_settings_status_details_resource_active.js";
import type { TaxProductResourceTaxSettingsStatusDetailsResourcePending } from "./tax_product_resource_tax_settings_status_details_resource_pending.js";

/** @schema `tax_product_resource_tax_settings_status_details` */
export type TaxProductResourceTaxSettingsStatusDetails = {
  active?: TaxProductResourceTaxSettingsStatusDetailsResourceActive;
  pending?: TaxProductResourceTaxSettingsStatusDetailsResourcePending;
};
