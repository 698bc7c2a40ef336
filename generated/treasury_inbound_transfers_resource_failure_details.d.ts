import type * as runtime from "./runtime/api.js";
import type { TreasuryInboundTransfersResourceFailureDetails as self } from "./types/treasury_inbound_transfers_resource_failure_details.js";

export type TreasuryInboundTransfersResourceFailureDetails = self;
export declare const TreasuryInboundTransfersResourceFailureDetails: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryInboundTransfersResourceFailureDetails(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTreasuryInboundTransfersResourceFailureDetails(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryInboundTransfersResourceFailureDetails: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTreasuryInboundTransfersResourceFailureDetails: runtime.Test;
