import type * as runtime from "./runtime/api.js";
import type { GelatoDocumentReport as self } from "./types/gelato_document_report.js";

export type GelatoDocumentReport = self;
export declare const GelatoDocumentReport: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateGelatoDocumentReport(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isGelatoDocumentReport(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkGelatoDocumentReport: runtime.Check;
