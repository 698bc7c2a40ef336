import type { SchemaModule } from "./runtime/schema.js";
import type { TaxProductResourceJurisdiction as Type } from "./types/tax_product_resource_jurisdiction.js";

export type { TaxProductResourceJurisdiction } from "./types/tax_product_resource_jurisdiction.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxProductResourceJurisdiction };
