import type { SchemaModule } from "./runtime/schema.js";
import type { TaxTransaction as Type } from "./types/tax.transaction.js";

export type TaxTransaction = Type;
export declare const TaxTransaction: SchemaModule<Type>;
