import type { SchemaModule } from "./runtime/api.js";
import type { GelatoDocumentReport as self } from "./types/gelato_document_report.js";

export type GelatoDocumentReport = self;
export declare const GelatoDocumentReport: SchemaModule<self>;
