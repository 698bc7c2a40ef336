import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerTax as Type } from "./types/customer_tax.js";

export type { CustomerTax } from "./types/customer_tax.js";
declare const schema: SchemaModule<Type>;
export { schema as CustomerTax };
