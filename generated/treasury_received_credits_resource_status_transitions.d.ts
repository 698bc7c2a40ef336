import type * as runtime from "./runtime/api.js";
import type { TreasuryReceivedCreditsResourceStatusTransitions as self } from "./types/treasury_received_credits_resource_status_transitions.js";

export type TreasuryReceivedCreditsResourceStatusTransitions = self;
export declare const TreasuryReceivedCreditsResourceStatusTransitions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryReceivedCreditsResourceStatusTransitions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryReceivedCreditsResourceStatusTransitions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryReceivedCreditsResourceStatusTransitions: runtime.Check;
