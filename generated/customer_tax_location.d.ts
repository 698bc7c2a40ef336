import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerTaxLocation as Type } from "./types/customer_tax_location.js";

export type { CustomerTaxLocation } from "./types/customer_tax_location.js";
declare const schema: SchemaModule<Type>;
export { schema as CustomerTaxLocation };
