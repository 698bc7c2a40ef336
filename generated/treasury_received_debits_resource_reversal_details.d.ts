import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryReceivedDebitsResourceReversalDetails as self } from "./types/treasury_received_debits_resource_reversal_details.js";

export type TreasuryReceivedDebitsResourceReversalDetails = self;
export declare const TreasuryReceivedDebitsResourceReversalDetails: SchemaModule<self>;
