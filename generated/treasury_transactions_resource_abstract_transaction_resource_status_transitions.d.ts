import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions as Type } from "./types/treasury_transactions_resource_abstract_transaction_resource_status_transitions.js";

export type TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions =
  Type;
export declare const TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions: SchemaModule<Type>;
