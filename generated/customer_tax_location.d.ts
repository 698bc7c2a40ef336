import type { SchemaModule } from "./runtime/schema.js";
import type { CustomerTaxLocation as Type } from "./types/customer_tax_location.js";

export type CustomerTaxLocation = Type;
export declare const CustomerTaxLocation: SchemaModule<Type>;
