import type * as runtime from "./runtime/api.js";
import type { TreasuryReceivedDebitsResourceDebitReversalLinkedFlows as self } from "./types/treasury_received_debits_resource_debit_reversal_linked_flows.js";

export type TreasuryReceivedDebitsResourceDebitReversalLinkedFlows = self;
export declare const TreasuryReceivedDebitsResourceDebitReversalLinkedFlows: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryReceivedDebitsResourceDebitReversalLinkedFlows(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTreasuryReceivedDebitsResourceDebitReversalLinkedFlows(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryReceivedDebitsResourceDebitReversalLinkedFlows: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTreasuryReceivedDebitsResourceDebitReversalLinkedFlows: runtime.Test;
