import type * as runtime from "./runtime/api.js";
import type { GelatoDataIdNumberReportDate as self } from "./types/gelato_data_id_number_report_date.js";

export type GelatoDataIdNumberReportDate = self;
export declare const GelatoDataIdNumberReportDate: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoDataIdNumberReportDate(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoDataIdNumberReportDate(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoDataIdNumberReportDate: runtime.Check;
