import type { SchemaModule } from "./runtime/api.js";
import type { TaxTransactionLineItem as self } from "./types/tax.transaction_line_item.js";

export type TaxTransactionLineItem = self;
export declare const TaxTransactionLineItem: SchemaModule<self>;
