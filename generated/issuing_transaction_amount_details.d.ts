import type { SchemaModule } from "./runtime/schema.js";
import type { IssuingTransactionAmountDetails as Type } from "./types/issuing_transaction_amount_details.js";

export type IssuingTransactionAmountDetails = Type;
export declare const IssuingTransactionAmountDetails: SchemaModule<Type>;
