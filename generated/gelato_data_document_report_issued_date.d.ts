import type * as runtime from "./runtime/api.js";
import type { GelatoDataDocumentReportIssuedDate as self } from "./types/gelato_data_document_report_issued_date.js";

export type GelatoDataDocumentReportIssuedDate = self;
export declare const GelatoDataDocumentReportIssuedDate: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoDataDocumentReportIssuedDate(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isGelatoDataDocumentReportIssuedDate(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoDataDocumentReportIssuedDate: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testGelatoDataDocumentReportIssuedDate: runtime.Test;
