import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceTaxSettingsDefaults as self } from "./types/tax_product_resource_tax_settings_defaults.js";

export type TaxProductResourceTaxSettingsDefaults = self;
export declare const TaxProductResourceTaxSettingsDefaults: SchemaModule<self>;
