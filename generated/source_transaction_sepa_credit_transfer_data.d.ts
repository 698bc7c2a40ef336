import type { SchemaModule } from "./runtime/api.js";
import type { SourceTransactionSepaCreditTransferData as self } from "./types/source_transaction_sepa_credit_transfer_data.js";

export type SourceTransactionSepaCreditTransferData = self;
export declare const SourceTransactionSepaCreditTransferData: SchemaModule<self>;
