import type { SchemaModule } from "./runtime/api.js";
import type { GelatoDocumentReportError as self } from "./types/gelato_document_report_error.js";

export type GelatoDocumentReportError = self;
export declare const GelatoDocumentReportError: SchemaModule<self>;
