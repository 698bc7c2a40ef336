import type * as runtime from "./runtime/api.js";
import type { TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows as self } from "./types/treasury_inbound_transfers_resource_inbound_transfer_resource_linked_flows.js";

export type TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows =
  self;
export declare const TreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryInboundTransfersResourceInboundTransferResourceLinkedFlows: runtime.Check;
