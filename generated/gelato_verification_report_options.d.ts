import type * as runtime from "./runtime/api.js";
import type { GelatoVerificationReportOptions as self } from "./types/gelato_verification_report_options.js";

export type GelatoVerificationReportOptions = self;
export declare const GelatoVerificationReportOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoVerificationReportOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoVerificationReportOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoVerificationReportOptions: runtime.Check;
