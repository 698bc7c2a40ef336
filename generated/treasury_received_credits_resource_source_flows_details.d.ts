import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedCreditsResourceSourceFlowsDetails as Type } from "./types/treasury_received_credits_resource_source_flows_details.js";

export type TreasuryReceivedCreditsResourceSourceFlowsDetails = Type;
export declare const TreasuryReceivedCreditsResourceSourceFlowsDetails: SchemaModule<Type>;
