import type { SchemaModule } from "./runtime/schema.js";
import type { SourceTransactionSepaCreditTransferData as Type } from "./types/source_transaction_sepa_credit_transfer_data.js";

export type { SourceTransactionSepaCreditTransferData } from "./types/source_transaction_sepa_credit_transfer_data.js";
declare const schema: SchemaModule<Type>;
export { schema as SourceTransactionSepaCreditTransferData };
