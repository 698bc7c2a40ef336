import type { SchemaModule } from "./runtime/api.js";
import type { GelatoReportDocumentOptions as self } from "./types/gelato_report_document_options.js";

export type GelatoReportDocumentOptions = self;
export declare const GelatoReportDocumentOptions: SchemaModule<self>;
