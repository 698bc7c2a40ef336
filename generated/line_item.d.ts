import type * as runtime from "./runtime/api.js";
import type { LineItem as self } from "./types/line_item.js";

export type LineItem = self;
export declare const LineItem: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateLineItem(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isLineItem(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkLineItem: runtime.Check;
