import type * as runtime from "./runtime/api.js";
import type { Refund as self } from "./types/refund.js";

export type Refund = self;
export declare const Refund: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateRefund(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isRefund(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkRefund: runtime.Check;
