import type * as runtime from "./runtime/api.js";
import type { TreasuryInboundTransfer as self } from "./types/treasury.inbound_transfer.js";

export type TreasuryInboundTransfer = self;
export declare const TreasuryInboundTransfer: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateTreasuryInboundTransfer(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isTreasuryInboundTransfer(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkTreasuryInboundTransfer: runtime.Check;
