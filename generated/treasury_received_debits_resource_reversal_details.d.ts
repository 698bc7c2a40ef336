import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedDebitsResourceReversalDetails as Type } from "./types/treasury_received_debits_resource_reversal_details.js";

export type { TreasuryReceivedDebitsResourceReversalDetails } from "./types/treasury_received_debits_resource_reversal_details.js";
declare const schema: SchemaModule<Type>;
export { schema as TreasuryReceivedDebitsResourceReversalDetails };
