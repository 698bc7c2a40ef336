import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceTaxSettingsStatusDetailsResourcePending as self } from "./types/tax_product_resource_tax_settings_status_details_resource_pending.js";

export type TaxProductResourceTaxSettingsStatusDetailsResourcePending = self;
export declare const TaxProductResourceTaxSettingsStatusDetailsResourcePending: SchemaModule<self>;
