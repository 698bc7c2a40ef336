import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoDocumentReport as Type } from "./types/gelato_document_report.js";

export type GelatoDocumentReport = Type;
export declare const GelatoDocumentReport: SchemaModule<Type>;
