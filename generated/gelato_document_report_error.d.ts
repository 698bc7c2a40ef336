import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoDocumentReportError as Type } from "./types/gelato_document_report_error.js";

export type GelatoDocumentReportError = Type;
export declare const GelatoDocumentReportError: SchemaModule<Type>;
