import type { SchemaModule } from "./runtime/api.js";
import type { IssuingTransactionAmountDetails as self } from "./types/issuing_transaction_amount_details.js";

export type IssuingTransactionAmountDetails = self;
export declare const IssuingTransactionAmountDetails: SchemaModule<self>;
