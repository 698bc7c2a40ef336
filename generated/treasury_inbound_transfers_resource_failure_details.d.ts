import type * as runtime from "./runtime/api.js";
import type { TreasuryInboundTransfersResourceFailureDetails as self } from "./types/treasury_inbound_transfers_resource_failure_details.js";

export type TreasuryInboundTransfersResourceFailureDetails = self;
export declare const TreasuryInboundTransfersResourceFailureDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryInboundTransfersResourceFailureDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryInboundTransfersResourceFailureDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryInboundTransfersResourceFailureDetails: runtime.Check;
