import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedCreditsResourceStatusTransitions as Type } from "./types/treasury_received_credits_resource_status_transitions.js";

export type TreasuryReceivedCreditsResourceStatusTransitions = Type;
export declare const TreasuryReceivedCreditsResourceStatusTransitions: SchemaModule<Type>;
