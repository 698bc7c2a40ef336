import type * as runtime from "./runtime/api.js";
import type { GelatoDataDocumentReportDateOfBirth as self } from "./types/gelato_data_document_report_date_of_birth.js";

export type GelatoDataDocumentReportDateOfBirth = self;
export declare const GelatoDataDocumentReportDateOfBirth: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoDataDocumentReportDateOfBirth(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoDataDocumentReportDateOfBirth(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoDataDocumentReportDateOfBirth: runtime.Check;
