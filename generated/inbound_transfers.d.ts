import type * as runtime from "./runtime/api.js";
import type { InboundTransfers as self } from "./types/inbound_transfers.js";

export type InboundTransfers = self;
export declare const InboundTransfers: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateInboundTransfers(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isInboundTransfers(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkInboundTransfers: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testInboundTransfers: runtime.Test;
