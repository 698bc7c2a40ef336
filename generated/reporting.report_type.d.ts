import type * as runtime from "./runtime/api.js";
import type { ReportingReportType as self } from "./types/reporting.report_type.js";

export type ReportingReportType = self;
export declare const ReportingReportType: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateReportingReportType(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isReportingReportType(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkReportingReportType: runtime.Check;
