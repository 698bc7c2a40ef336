import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourcePostalAddress as Type } from "./types/tax_product_resource_postal_address.js";

export type TaxProductResourcePostalAddress = Type;
export declare const TaxProductResourcePostalAddress: SchemaModule<Type>;
