import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxSettingsStatusDetails as Type } from "./types/tax_product_resource_tax_settings_status_details.js";

export type { TaxProductResourceTaxSettingsStatusDetails } from "./types/tax_product_resource_tax_settings_status_details.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxProductResourceTaxSettingsStatusDetails };
