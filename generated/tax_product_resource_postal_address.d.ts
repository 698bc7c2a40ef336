import type { SchemaModule } from "./runtime/api.js";
import type { TaxProductResourcePostalAddress as self } from "./types/tax_product_resource_postal_address.js";

export type TaxProductResourcePostalAddress = self;
export declare const TaxProductResourcePostalAddress: SchemaModule<self>;
