import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryReceivedCreditsResourceLinkedFlows as self } from "./types/treasury_received_credits_resource_linked_flows.js";

export type TreasuryReceivedCreditsResourceLinkedFlows = self;
export declare const TreasuryReceivedCreditsResourceLinkedFlows: SchemaModule<self>;
