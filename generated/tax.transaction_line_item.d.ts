import type { SchemaModule } from "./runtime/schema.js";
import type { TaxTransactionLineItem as Type } from "./types/tax.transaction_line_item.js";

export type TaxTransactionLineItem = Type;
export declare const TaxTransactionLineItem: SchemaModule<Type>;
