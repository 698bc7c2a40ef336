import type * as runtime from "./runtime/api.js";
import type { SourceOrderItem as self } from "./types/source_order_item.js";

export type SourceOrderItem = self;
export declare const SourceOrderItem: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateSourceOrderItem(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isSourceOrderItem(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkSourceOrderItem: runtime.Check;
