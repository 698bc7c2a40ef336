import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoReportDocumentOptions as Type } from "./types/gelato_report_document_options.js";

export type { GelatoReportDocumentOptions } from "./types/gelato_report_document_options.js";
declare const schema: SchemaModule<Type>;
export { schema as GelatoReportDocumentOptions };
