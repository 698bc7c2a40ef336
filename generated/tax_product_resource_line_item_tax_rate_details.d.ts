import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceLineItemTaxRateDetails as self } from "./types/tax_product_resource_line_item_tax_rate_details.js";

export type TaxProductResourceLineItemTaxRateDetails = self;
export declare const TaxProductResourceLineItemTaxRateDetails: SchemaModule<self>;
