import type * as runtime from "./runtime/api.js";
import type { TreasuryOutboundPaymentsResourceReturnedStatus as self } from "./types/treasury_outbound_payments_resource_returned_status.js";

export type TreasuryOutboundPaymentsResourceReturnedStatus = self;
export declare const TreasuryOutboundPaymentsResourceReturnedStatus: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryOutboundPaymentsResourceReturnedStatus(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isTreasuryOutboundPaymentsResourceReturnedStatus(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryOutboundPaymentsResourceReturnedStatus: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testTreasuryOutboundPaymentsResourceReturnedStatus: runtime.Test;
