import type { SchemaModule } from "./runtime/schema.js";
import type { TreasuryReceivedCreditsResourceReversalDetails as Type } from "./types/treasury_received_credits_resource_reversal_details.js";

export type TreasuryReceivedCreditsResourceReversalDetails = Type;
export declare const TreasuryReceivedCreditsResourceReversalDetails: SchemaModule<Type>;
