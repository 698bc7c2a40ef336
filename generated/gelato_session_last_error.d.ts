import type { SchemaModule } from "./runtime/api.js";
import type { GelatoSessionLastError as self } from "./types/gelato_session_last_error.js";

export type GelatoSessionLastError = self;
export declare const GelatoSessionLastError: SchemaModule<self>;
