/** @schema `tax_product_resource_tax_settings_status_details_resource_active` */
export type TaxProductResourceTaxSettingsStatusDetailsResourceActive = {
  [key: string]: unknown;
};
