import type * as runtime from "./runtime/api.js";
import type { InboundTransfers as self } from "./types/inbound_transfers.js";

export type InboundTransfers = self;
export declare const InboundTransfers: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInboundTransfers(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isInboundTransfers(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInboundTransfers: runtime.Check;
