import type { SchemaModule } from "./runtime/api.js";
import type { TaxTransaction as self } from "./types/tax.transaction.js";

export type TaxTransaction = self;
export declare const TaxTransaction: SchemaModule<self>;
