import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions as self } from "./types/treasury_transactions_resource_abstract_transaction_resource_status_transitions.js";

export type TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions =
  self;
export declare const TreasuryTransactionsResourceAbstractTransactionResourceStatusTransitions: SchemaModule<self>;
