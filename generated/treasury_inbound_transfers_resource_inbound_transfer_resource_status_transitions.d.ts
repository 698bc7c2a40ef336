import type * as runtime from "./runtime/api.js";
import type { TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions as self } from "./types/treasury_inbound_transfers_resource_inbound_transfer_resource_status_transitions.js";

export type TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions =
  self;
export declare const TreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryInboundTransfersResourceInboundTransferResourceStatusTransitions: runtime.Check;
