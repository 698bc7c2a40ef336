import type { SchemaModule } from "./runtime/api.js";
import type { SourceTransactionAchCreditTransferData as self } from "./types/source_transaction_ach_credit_transfer_data.js";

export type SourceTransactionAchCreditTransferData = self;
export declare const SourceTransactionAchCreditTransferData: SchemaModule<self>;
