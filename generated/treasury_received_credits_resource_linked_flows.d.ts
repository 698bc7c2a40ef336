import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedCreditsResourceLinkedFlows as Type } from "./types/treasury_received_credits_resource_linked_flows.js";

export type { TreasuryReceivedCreditsResourceLinkedFlows } from "./types/treasury_received_credits_resource_linked_flows.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryReceivedCreditsResourceLinkedFlows };
