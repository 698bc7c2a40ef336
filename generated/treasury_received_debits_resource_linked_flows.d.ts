import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryReceivedDebitsResourceLinkedFlows as self } from "./types/treasury_received_debits_resource_linked_flows.js";

export type TreasuryReceivedDebitsResourceLinkedFlows = self;
export declare const TreasuryReceivedDebitsResourceLinkedFlows: SchemaModule<self>;
