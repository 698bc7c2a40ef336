import type { SchemaModule } from "./runtime/api.js";
import type { GelatoSessionDocumentOptions as self } from "./types/gelato_session_document_options.js";

export type GelatoSessionDocumentOptions = self;
export declare const GelatoSessionDocumentOptions: SchemaModule<self>;
