import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxSettingsHeadOffice as Type } from "./types/tax_product_resource_tax_settings_head_office.js";

export type { TaxProductResourceTaxSettingsHeadOffice } from "./types/tax_product_resource_tax_settings_head_office.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxProductResourceTaxSettingsHeadOffice };
