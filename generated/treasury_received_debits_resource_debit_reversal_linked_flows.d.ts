import type * as runtime from "./runtime/api.js";
import type { TreasuryReceivedDebitsResourceDebitReversalLinkedFlows as self } from "./types/treasury_received_debits_resource_debit_reversal_linked_flows.js";

export type TreasuryReceivedDebitsResourceDebitReversalLinkedFlows = self;
export declare const TreasuryReceivedDebitsResourceDebitReversalLinkedFlows: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryReceivedDebitsResourceDebitReversalLinkedFlows(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryReceivedDebitsResourceDebitReversalLinkedFlows(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryReceivedDebitsResourceDebitReversalLinkedFlows: runtime.Check;
