import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoSessionDocumentOptions as Type } from "./types/gelato_session_document_options.js";

export type GelatoSessionDocumentOptions = Type;
export declare const GelatoSessionDocumentOptions: SchemaModule<Type>;
