import type { SchemaModule } from "./runtime/api.js";
import type { SourceTransactionChfCreditTransferData as self } from "./types/source_transaction_chf_credit_transfer_data.js";

export type SourceTransactionChfCreditTransferData = self;
export declare const SourceTransactionChfCreditTransferData: SchemaModule<self>;
