import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxSettingsStatusDetailsResourcePending as Type } from "./types/tax_product_resource_tax_settings_status_details_resource_pending.js";

export type TaxProductResourceTaxSettingsStatusDetailsResourcePending = Type;
export declare const TaxProductResourceTaxSettingsStatusDetailsResourcePending: SchemaModule<Type>;
