import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedCreditsResourceStatusTransitions as Type } from "./types/treasury_received_credits_resource_status_transitions.js";

export type { TreasuryReceivedCreditsResourceStatusTransitions } from "./types/treasury_received_credits_resource_status_transitions.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryReceivedCreditsResourceStatusTransitions };
