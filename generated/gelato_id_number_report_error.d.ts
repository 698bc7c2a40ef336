import type * as runtime from "./runtime/api.js";
import type { GelatoIdNumberReportError as self } from "./types/gelato_id_number_report_error.js";

export type GelatoIdNumberReportError = self;
export declare const GelatoIdNumberReportError: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoIdNumberReportError(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoIdNumberReportError(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoIdNumberReportError: runtime.Check;
