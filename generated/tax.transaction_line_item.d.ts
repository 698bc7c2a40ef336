import type { SchemaModule } from "./runtime/schema.js";
import type { TaxTransactionLineItem as Type } from "./types/tax.transaction_line_item.js";

export type { TaxTransactionLineItem } from "./types/tax.transaction_line_item.js";
declare const schema: SchemaModule<Type>;
export { schema as TaxTransactionLineItem };
