import type { SchemaModule } from "./runtime/api.js";
import type { SourceTransactionGbpCreditTransferData as self } from "./types/source_transaction_gbp_credit_transfer_data.js";

export type SourceTransactionGbpCreditTransferData = self;
export declare const SourceTransactionGbpCreditTransferData: SchemaModule<self>;
