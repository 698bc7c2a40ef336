import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoDataDocumentReportIssuedDate as Type } from "./types/gelato_data_document_report_issued_date.js";

export type GelatoDataDocumentReportIssuedDate = Type;
export declare const GelatoDataDocumentReportIssuedDate: SchemaModule<Type>;
