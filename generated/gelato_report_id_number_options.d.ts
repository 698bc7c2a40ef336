import type * as runtime from "./runtime/api.js";
import type { GelatoReportIdNumberOptions as self } from "./types/gelato_report_id_number_options.js";

export type GelatoReportIdNumberOptions = self;
export declare const GelatoReportIdNumberOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoReportIdNumberOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoReportIdNumberOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoReportIdNumberOptions: runtime.Check;
