import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerTax as Type } from "./types/customer_tax.js";

export type CustomerTax = Type;
export declare const CustomerTax: SchemaModule<Type>;
