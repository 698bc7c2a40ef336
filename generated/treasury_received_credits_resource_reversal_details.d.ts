import type * as runtime from "./runtime/api.js";
import type { TreasuryReceivedCreditsResourceReversalDetails as self } from "./types/treasury_received_credits_resource_reversal_details.js";

export type TreasuryReceivedCreditsResourceReversalDetails = self;
export declare const TreasuryReceivedCreditsResourceReversalDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryReceivedCreditsResourceReversalDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryReceivedCreditsResourceReversalDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryReceivedCreditsResourceReversalDetails: runtime.Check;
