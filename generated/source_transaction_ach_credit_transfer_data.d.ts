import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTransactionAchCreditTransferData as Type } from "./types/source_transaction_ach_credit_transfer_data.js";

export type SourceTransactionAchCreditTransferData = Type;
export declare const SourceTransactionAchCreditTransferData: SchemaModule<Type>;
