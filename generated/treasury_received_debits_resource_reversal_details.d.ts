import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedDebitsResourceReversalDetails as Type } from "./types/treasury_received_debits_resource_reversal_details.js";

export type TreasuryReceivedDebitsResourceReversalDetails = Type;
export declare const TreasuryReceivedDebitsResourceReversalDetails: SchemaModule<Type>;
