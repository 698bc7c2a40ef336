import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedDebitsResourceStatusTransitions as Type } from "./types/treasury_received_debits_resource_status_transitions.js";

export type { TreasuryReceivedDebitsResourceStatusTransitions } from "./types/treasury_received_debits_resource_status_transitions.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryReceivedDebitsResourceStatusTransitions };
