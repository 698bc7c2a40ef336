import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryReceivedDebitsResourceDebitReversalLinkedFlows as self } from "./types/treasury_received_debits_resource_debit_reversal_linked_flows.js";

export type TreasuryReceivedDebitsResourceDebitReversalLinkedFlows = self;
export declare const TreasuryReceivedDebitsResourceDebitReversalLinkedFlows: SchemaModule<self>;
