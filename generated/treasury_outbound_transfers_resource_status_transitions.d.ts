import type * as runtime from "./runtime/api.js";
import type { TreasuryOutboundTransfersResourceStatusTransitions as self } from "./types/treasury_outbound_transfers_resource_status_transitions.js";

export type TreasuryOutboundTransfersResourceStatusTransitions = self;
export declare const TreasuryOutboundTransfersResourceStatusTransitions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryOutboundTransfersResourceStatusTransitions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryOutboundTransfersResourceStatusTransitions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryOutboundTransfersResourceStatusTransitions: runtime.Check;
