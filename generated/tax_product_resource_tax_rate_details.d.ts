import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceTaxRateDetails as Type } from "./types/tax_product_resource_tax_rate_details.js";

export type TaxProductResourceTaxRateDetails = Type;
export declare const TaxProductResourceTaxRateDetails: SchemaModule<Type>;
