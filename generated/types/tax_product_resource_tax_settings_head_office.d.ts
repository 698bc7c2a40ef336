import type { Address } from "./address.js";

/** @schema `tax_product_resource_tax_settings_head_office` */
export type TaxProductResourceTaxSettingsHeadOffice = {
  address: Address;
};
