import type { SchemaModule } from "./runtime/api.js";
import type { IssuingTransactionPurchaseDetails as self } from "./types/issuing_transaction_purchase_details.js";

export type IssuingTransactionPurchaseDetails = self;
export declare const IssuingTransactionPurchaseDetails: SchemaModule<self>;
