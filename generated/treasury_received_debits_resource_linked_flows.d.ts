import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedDebitsResourceLinkedFlows as Type } from "./types/treasury_received_debits_resource_linked_flows.js";

export type TreasuryReceivedDebitsResourceLinkedFlows = Type;
export declare const TreasuryReceivedDebitsResourceLinkedFlows: SchemaModule<Type>;
