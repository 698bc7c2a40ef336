import type { SchemaModule } from "./runtime/api.js";
import type { GelatoDataDocumentReportIssuedDate as self } from "./types/gelato_data_document_report_issued_date.js";

export type GelatoDataDocumentReportIssuedDate = self;
export declare const GelatoDataDocumentReportIssuedDate: SchemaModule<self>;
