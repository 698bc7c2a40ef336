import type * as runtime from "./runtime/api.js";
import type { GelatoReportDocumentOptions as self } from "./types/gelato_report_document_options.js";

export type GelatoReportDocumentOptions = self;
export declare const GelatoReportDocumentOptions: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoReportDocumentOptions(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoReportDocumentOptions(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoReportDocumentOptions: runtime.Check;
