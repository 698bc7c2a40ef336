import type { SchemaModule } from "./runtime/api.js";
import type { GelatoDataDocumentReportDateOfBirth as self } from "./types/gelato_data_document_report_date_of_birth.js";

export type GelatoDataDocumentReportDateOfBirth = self;
export declare const GelatoDataDocumentReportDateOfBirth: SchemaModule<self>;
