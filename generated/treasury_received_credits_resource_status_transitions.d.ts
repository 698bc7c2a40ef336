import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryReceivedCreditsResourceStatusTransitions as self } from "./types/treasury_received_credits_resource_status_transitions.js";

export type TreasuryReceivedCreditsResourceStatusTransitions = self;
export declare const TreasuryReceivedCreditsResourceStatusTransitions: SchemaModule<self>;
