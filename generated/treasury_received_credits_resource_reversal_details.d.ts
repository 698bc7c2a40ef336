import type { SchemaModule } from "./runtime/api.js";
import type { TreasuryReceivedCreditsResourceReversalDetails as self } from "./types/treasury_received_credits_resource_reversal_details.js";

export type TreasuryReceivedCreditsResourceReversalDetails = self;
export declare const TreasuryReceivedCreditsResourceReversalDetails: SchemaModule<self>;
