import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryTransactionsResourceFlowDetails as self } from "./types/treasury_transactions_resource_flow_details.js";

export type TreasuryTransactionsResourceFlowDetails = self;
export declare const TreasuryTransactionsResourceFlowDetails: SchemaModule<self>;
