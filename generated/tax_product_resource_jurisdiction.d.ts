import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourceJurisdiction as self } from "./types/tax_product_resource_jurisdiction.js";

export type TaxProductResourceJurisdiction = self;
export declare const TaxProductResourceJurisdiction: SchemaModule<self>;
