import type * as runtime from "./runtime/api.js";
import type { GelatoDataDocumentReportIssuedDate as self } from "./types/gelato_data_document_report_issued_date.js";

export type GelatoDataDocumentReportIssuedDate = self;
export declare const GelatoDataDocumentReportIssuedDate: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoDataDocumentReportIssuedDate(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoDataDocumentReportIssuedDate(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoDataDocumentReportIssuedDate: runtime.Check;
