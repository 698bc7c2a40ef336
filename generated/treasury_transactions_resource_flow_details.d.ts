import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryTransactionsResourceFlowDetails as Type } from "./types/treasury_transactions_resource_flow_details.js";

export type { TreasuryTransactionsResourceFlowDetails } from "./types/treasury_transactions_resource_flow_details.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryTransactionsResourceFlowDetails };
