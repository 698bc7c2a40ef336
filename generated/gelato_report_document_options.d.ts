import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoReportDocumentOptions as Type } from "./types/gelato_report_document_options.js";

export type GelatoReportDocumentOptions = Type;
export declare const GelatoReportDocumentOptions: SchemaModule<Type>;
