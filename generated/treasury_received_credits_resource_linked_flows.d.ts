import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedCreditsResourceLinkedFlows as Type } from "./types/treasury_received_credits_resource_linked_flows.js";

export type TreasuryReceivedCreditsResourceLinkedFlows = Type;
export declare const TreasuryReceivedCreditsResourceLinkedFlows: SchemaModule<Type>;
