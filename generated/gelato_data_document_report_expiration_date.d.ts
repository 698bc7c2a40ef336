import type * as runtime from "./runtime/api.js";
import type { GelatoDataDocumentReportExpirationDate as self } from "./types/gelato_data_document_report_expiration_date.js";

export type GelatoDataDocumentReportExpirationDate = self;
export declare const GelatoDataDocumentReportExpirationDate: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoDataDocumentReportExpirationDate(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoDataDocumentReportExpirationDate(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoDataDocumentReportExpirationDate: runtime.Check;
