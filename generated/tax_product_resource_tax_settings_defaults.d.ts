import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxSettingsDefaults as Type } from "./types/tax_product_resource_tax_settings_defaults.js";

export type { TaxProductResourceTaxSettingsDefaults } from "./types/tax_product_resource_tax_settings_defaults.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxProductResourceTaxSettingsDefaults };
