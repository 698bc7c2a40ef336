import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransactionReceiptData as Type } from "./types/issuing_transaction_receipt_data.js";

export type { IssuingTransactionReceiptData } from "./types/issuing_transaction_receipt_data.js";
declare const schema: SchemaModule<Type>;
export { schema as IssuingTransactionReceiptData };
