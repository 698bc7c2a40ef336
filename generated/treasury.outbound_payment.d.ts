import type * as runtime from "./runtime/api.js";
import type { TreasuryOutboundPayment as self } from "./types/treasury.outbound_payment.js";

export type TreasuryOutboundPayment = self;
export declare const TreasuryOutboundPayment: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryOutboundPayment(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryOutboundPayment(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryOutboundPayment: runtime.Check;
