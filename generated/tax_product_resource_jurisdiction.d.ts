import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceJurisdiction as Type } from "./types/tax_product_resource_jurisdiction.js";

export type TaxProductResourceJurisdiction = Type;
export declare const TaxProductResourceJurisdiction: SchemaModule<Type>;
