import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions as Type } from "./types/treasury_transactions_resource_abstract_transaction_resource_status_transitions.js";

export type { TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions } from "./types/treasury_transactions_resource_abstract_transaction_resource_status_transitions.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions };
