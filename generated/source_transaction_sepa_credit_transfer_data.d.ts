import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTransactionSepaCreditTransferData as Type } from "./types/source_transaction_sepa_credit_transfer_data.js";

export type SourceTransactionSepaCreditTransferData = Type;
export declare const SourceTransactionSepaCreditTransferData: SchemaModule<Type>;
