import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceTaxSettingsStatusDetailsResourceActive as self } from "./types/tax_product_resource_tax_settings_status_details_resource_active.js";

export type TaxProductResourceTaxSettingsStatusDetailsResourceActive = self;
export declare const TaxProductResourceTaxSettingsStatusDetailsResourceActive: SchemaModule<self>;
