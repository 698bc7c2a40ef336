import type * as runtime from "./runtime/api.js";
import type { TreasuryReceivedCreditsResourceSourceFlowsDetails as self } from "./types/treasury_received_credits_resource_source_flows_details.js";

export type TreasuryReceivedCreditsResourceSourceFlowsDetails = self;
export declare const TreasuryReceivedCreditsResourceSourceFlowsDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryReceivedCreditsResourceSourceFlowsDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryReceivedCreditsResourceSourceFlowsDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryReceivedCreditsResourceSourceFlowsDetails: runtime.Check;
