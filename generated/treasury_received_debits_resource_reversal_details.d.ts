import type * as runtime from "./runtime/api.js";
import type { TreasuryReceivedDebitsResourceReversalDetails as self } from "./types/treasury_received_debits_resource_reversal_details.js";

export type TreasuryReceivedDebitsResourceReversalDetails = self;
export declare const TreasuryReceivedDebitsResourceReversalDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryReceivedDebitsResourceReversalDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryReceivedDebitsResourceReversalDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryReceivedDebitsResourceReversalDetails: runtime.Check;
