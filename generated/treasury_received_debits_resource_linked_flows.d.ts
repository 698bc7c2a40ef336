import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedDebitsResourceLinkedFlows as Type } from "./types/treasury_received_debits_resource_linked_flows.js";

export type { TreasuryReceivedDebitsResourceLinkedFlows } from "./types/treasury_received_debits_resource_linked_flows.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryReceivedDebitsResourceLinkedFlows };
