import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTransactionAchCreditTransferData as Type } from "./types/source_transaction_ach_credit_transfer_data.js";

export type { SourceTransactionAchCreditTransferData } from "./types/source_transaction_ach_credit_transfer_data.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTransactionAchCreditTransferData };
