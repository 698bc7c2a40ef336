import type * as runtime from "./runtime/api.js";
import type { GelatoDataIdNumberReportDate as self } from "./types/gelato_data_id_number_report_date.js";

export type GelatoDataIdNumberReportDate = self;
export declare const GelatoDataIdNumberReportDate: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoDataIdNumberReportDate(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isGelatoDataIdNumberReportDate(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoDataIdNumberReportDate: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testGelatoDataIdNumberReportDate: runtime.Test;
