import type * as runtime from "./runtime/api.js";
import type { TreasuryReceivedDebitsResourceLinkedFlows as self } from "./types/treasury_received_debits_resource_linked_flows.js";

export type TreasuryReceivedDebitsResourceLinkedFlows = self;
export declare const TreasuryReceivedDebitsResourceLinkedFlows: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryReceivedDebitsResourceLinkedFlows(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryReceivedDebitsResourceLinkedFlows(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryReceivedDebitsResourceLinkedFlows: runtime.Check;
