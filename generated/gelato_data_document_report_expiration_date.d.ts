import type * as runtime from "./runtime/api.js";
import type { GelatoDataDocumentReportExpirationDate as self } from "./types/gelato_data_document_report_expiration_date.js";

export type GelatoDataDocumentReportExpirationDate = self;
export declare const GelatoDataDocumentReportExpirationDate: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoDataDocumentReportExpirationDate(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isGelatoDataDocumentReportExpirationDate(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoDataDocumentReportExpirationDate: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testGelatoDataDocumentReportExpirationDate: runtime.Test;
