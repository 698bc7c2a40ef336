import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxSettingsDefaults as Type } from "./types/tax_product_resource_tax_settings_defaults.js";

export type TaxProductResourceTaxSettingsDefaults = Type;
export declare const TaxProductResourceTaxSettingsDefaults: SchemaModule<Type>;
