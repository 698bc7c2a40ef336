import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTransactionChfCreditTransferData as Type } from "./types/source_transaction_chf_credit_transfer_data.js";

export type { SourceTransactionChfCreditTransferData } from "./types/source_transaction_chf_credit_transfer_data.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTransactionChfCreditTransferData };
