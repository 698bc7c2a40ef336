import type * as runtime from "./runtime/api.js";
import type { TreasuryOutboundTransfer as self } from "./types/treasury.outbound_transfer.js";

export type TreasuryOutboundTransfer = self;
export declare const TreasuryOutboundTransfer: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryOutboundTransfer(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryOutboundTransfer(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryOutboundTransfer: runtime.Check;
