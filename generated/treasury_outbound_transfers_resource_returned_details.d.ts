import type * as runtime from "./runtime/api.js";
import type { TreasuryOutboundTransfersResourceReturnedDetails as self } from "./types/treasury_outbound_transfers_resource_returned_details.js";

export type TreasuryOutboundTransfersResourceReturnedDetails = self;
export declare const TreasuryOutboundTransfersResourceReturnedDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryOutboundTransfersResourceReturnedDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryOutboundTransfersResourceReturnedDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryOutboundTransfersResourceReturnedDetails: runtime.Check;
