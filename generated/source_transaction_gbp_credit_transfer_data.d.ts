import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTransactionGbpCreditTransferData as Type } from "./types/source_transaction_gbp_credit_transfer_data.js";

export type SourceTransactionGbpCreditTransferData = Type;
export declare const SourceTransactionGbpCreditTransferData: SchemaModule<Type>;
