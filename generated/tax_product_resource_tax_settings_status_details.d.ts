import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceTaxSettingsStatusDetails as self } from "./types/tax_product_resource_tax_settings_status_details.js";

export type TaxProductResourceTaxSettingsStatusDetails = self;
export declare const TaxProductResourceTaxSettingsStatusDetails: SchemaModule<self>;
