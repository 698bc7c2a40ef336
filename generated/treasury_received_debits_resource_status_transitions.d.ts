import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryReceivedDebitsResourceStatusTransitions as self } from "./types/treasury_received_debits_resource_status_transitions.js";

export type TreasuryReceivedDebitsResourceStatusTransitions = self;
export declare const TreasuryReceivedDebitsResourceStatusTransitions: SchemaModule<self>;
