import type * as runtime from "./runtime/api.js";
import type { TreasuryReceivedDebitsResourceStatusTransitions as self } from "./types/treasury_received_debits_resource_status_transitions.js";

export type TreasuryReceivedDebitsResourceStatusTransitions = self;
export declare const TreasuryReceivedDebitsResourceStatusTransitions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryReceivedDebitsResourceStatusTransitions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTreasuryReceivedDebitsResourceStatusTransitions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryReceivedDebitsResourceStatusTransitions: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTreasuryReceivedDebitsResourceStatusTransitions: runtime.Test;
