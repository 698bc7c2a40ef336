import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoDocumentReport as Type } from "./types/gelato_document_report.js";

export type { GelatoDocumentReport } from "./types/gelato_document_report.js";
declare const schema: SchemaModule<Type>;
export { schema as GelatoDocumentReport };
