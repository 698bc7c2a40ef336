import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoDataDocumentReportIssuedDate as Type } from "./types/gelato_data_document_report_issued_date.js";

export type { GelatoDataDocumentReportIssuedDate } from "./types/gelato_data_document_report_issued_date.js";
declare const schema: SchemaModule<Type>;
export { schema as GelatoDataDocumentReportIssuedDate };
