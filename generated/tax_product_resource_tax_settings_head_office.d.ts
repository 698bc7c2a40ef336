import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceTaxSettingsHeadOffice as self } from "./types/tax_product_resource_tax_settings_head_office.js";

export type TaxProductResourceTaxSettingsHeadOffice = self;
export declare const TaxProductResourceTaxSettingsHeadOffice: SchemaModule<self>;
