import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoDataDocumentReportExpirationDate as Type } from "./types/gelato_data_document_report_expiration_date.js";

export type GelatoDataDocumentReportExpirationDate = Type;
export declare const GelatoDataDocumentReportExpirationDate: SchemaModule<Type>;
