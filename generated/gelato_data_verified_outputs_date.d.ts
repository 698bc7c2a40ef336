import type * as runtime from "./runtime/api.js";
import type { GelatoDataVerifiedOutputsDate as self } from "./types/gelato_data_verified_outputs_date.js";

export type GelatoDataVerifiedOutputsDate = self;
export declare const GelatoDataVerifiedOutputsDate: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoDataVerifiedOutputsDate(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoDataVerifiedOutputsDate(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoDataVerifiedOutputsDate: runtime.Check;
