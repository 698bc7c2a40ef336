import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransactionPurchaseDetails as Type } from "./types/issuing_transaction_purchase_details.js";

export type IssuingTransactionPurchaseDetails = Type;
export declare const IssuingTransactionPurchaseDetails: SchemaModule<Type>;
