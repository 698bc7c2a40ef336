import type { SchemaModule } from "./runtime/api.js";
import type { TaxCode as self } from "./types/tax_code.js";

export type TaxCode = self;
export declare const TaxCode: SchemaModule<self>;
