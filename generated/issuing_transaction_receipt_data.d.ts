import type { SchemaModule } from "./runtime/api.js";
import type { IssuingTransactionReceiptData as self } from "./types/issuing_transaction_receipt_data.js";

export type IssuingTransactionReceiptData = self;
export declare const IssuingTransactionReceiptData: SchemaModule<self>;
