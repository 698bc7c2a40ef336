import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedCreditsResourceSourceFlowsDetails as Type } from "./types/treasury_received_credits_resource_source_flows_details.js";

export type { TreasuryReceivedCreditsResourceSourceFlowsDetails } from "./types/treasury_received_credits_resource_source_flows_details.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryReceivedCreditsResourceSourceFlowsDetails };
