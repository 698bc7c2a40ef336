import type * as runtime from "./runtime/api.js";
import type { GelatoSessionIdNumberOptions as self } from "./types/gelato_session_id_number_options.js";

export type GelatoSessionIdNumberOptions = self;
export declare const GelatoSessionIdNumberOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoSessionIdNumberOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoSessionIdNumberOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoSessionIdNumberOptions: runtime.Check;
