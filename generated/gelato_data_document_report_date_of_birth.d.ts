import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoDataDocumentReportDateOfBirth as Type } from "./types/gelato_data_document_report_date_of_birth.js";

export type GelatoDataDocumentReportDateOfBirth = Type;
export declare const GelatoDataDocumentReportDateOfBirth: SchemaModule<Type>;
