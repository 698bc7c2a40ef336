import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceTaxRateDetails as self } from "./types/tax_product_resource_tax_rate_details.js";

export type TaxProductResourceTaxRateDetails = self;
export declare const TaxProductResourceTaxRateDetails: SchemaModule<self>;
