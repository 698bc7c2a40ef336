import type { SchemaModule } from "./runtime/api.js";
import type { CustomerTax as self } from "./types/customer_tax.js";

export type CustomerTax = self;
export declare const CustomerTax: SchemaModule<self>;
