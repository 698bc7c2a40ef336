import type { SchemaModule } from "./runtime/api.js";
import type { CustomerTaxLocation as self } from "./types/customer_tax_location.js";

export type CustomerTaxLocation = self;
export declare const CustomerTaxLocation: SchemaModule<self>;
