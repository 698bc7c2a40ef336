import type * as runtime from "./runtime/api.js";
import type { TreasuryOutboundPaymentsResourceReturnedStatus as self } from "./types/treasury_outbound_payments_resource_returned_status.js";

export type TreasuryOutboundPaymentsResourceReturnedStatus = self;
export declare const TreasuryOutboundPaymentsResourceReturnedStatus: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryOutboundPaymentsResourceReturnedStatus(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryOutboundPaymentsResourceReturnedStatus(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryOutboundPaymentsResourceReturnedStatus: runtime.Check;
