import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTransactionChfCreditTransferData as Type } from "./types/source_transaction_chf_credit_transfer_data.js";

export type SourceTransactionChfCreditTransferData = Type;
export declare const SourceTransactionChfCreditTransferData: SchemaModule<Type>;
