import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxSettingsStatusDetails as Type } from "./types/tax_product_resource_tax_settings_status_details.js";

export type TaxProductResourceTaxSettingsStatusDetails = Type;
export declare const TaxProductResourceTaxSettingsStatusDetails: SchemaModule<Type>;
