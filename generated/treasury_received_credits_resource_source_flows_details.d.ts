import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryReceivedCreditsResourceSourceFlowsDetails as self } from "./types/treasury_received_credits_resource_source_flows_details.js";

export type TreasuryReceivedCreditsResourceSourceFlowsDetails = self;
export declare const TreasuryReceivedCreditsResourceSourceFlowsDetails: SchemaModule<self>;
