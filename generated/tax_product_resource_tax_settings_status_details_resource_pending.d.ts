import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxSettingsStatusDetailsResourcePending as Type } from "./types/tax_product_resource_tax_settings_status_details_resource_pending.js";

export type { TaxProductResourceTaxSettingsStatusDetailsResourcePending } from "./types/tax_product_resource_tax_settings_status_details_resource_pending.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxProductResourceTaxSettingsStatusDetailsResourcePending };
