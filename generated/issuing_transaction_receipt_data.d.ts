import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransactionReceiptData as Type } from "./types/issuing_transaction_receipt_data.js";

export type IssuingTransactionReceiptData = Type;
export declare const IssuingTransactionReceiptData: SchemaModule<Type>;
