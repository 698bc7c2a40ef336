import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxSettingsHeadOffice as Type } from "./types/tax_product_resource_tax_settings_head_office.js";

export type TaxProductResourceTaxSettingsHeadOffice = Type;
export declare const TaxProductResourceTaxSettingsHeadOffice: SchemaModule<Type>;
