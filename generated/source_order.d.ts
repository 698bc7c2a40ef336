import type * as runtime from "./runtime/api.js";
import type { SourceOrder as self } from "./types/source_order.js";

export type SourceOrder = self;
export declare const SourceOrder: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceOrder(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceOrder(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceOrder: runtime.Check;
