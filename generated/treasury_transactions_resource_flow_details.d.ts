import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryTransactionsResourceFlowDetails as Type } from "./types/treasury_transactions_resource_flow_details.js";

export type TreasuryTransactionsResourceFlowDetails = Type;
export declare const TreasuryTransactionsResourceFlowDetails: SchemaModule<Type>;
