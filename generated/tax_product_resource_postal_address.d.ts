import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourcePostalAddress as Type } from "./types/tax_product_resource_postal_address.js";

export type { TaxProductResourcePostalAddress } from "./types/tax_product_resource_postal_address.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxProductResourcePostalAddress };
