import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedDebitsResourceStatusTransitions as Type } from "./types/treasury_received_debits_resource_status_transitions.js";

export type TreasuryReceivedDebitsResourceStatusTransitions = Type;
export declare const TreasuryReceivedDebitsResourceStatusTransitions: SchemaModule<Type>;
