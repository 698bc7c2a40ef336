import type * as runtime from "./runtime/api.js";
import type { GelatoDocumentReportError as self } from "./types/gelato_document_report_error.js";

export type GelatoDocumentReportError = self;
export declare const GelatoDocumentReportError: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoDocumentReportError(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoDocumentReportError(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoDocumentReportError: runtime.Check;
