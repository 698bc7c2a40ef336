import type { SchemaModule } from "./runtime/api.js";
import type { GelatoDataDocumentReportExpirationDate as self } from "./types/gelato_data_document_report_expiration_date.js";

export type GelatoDataDocumentReportExpirationDate = self;
export declare const GelatoDataDocumentReportExpirationDate: SchemaModule<self>;
