import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoSelfieReportError as Type } from "./types/gelato_selfie_report_error.js";

export type GelatoSelfieReportError = Type;
export declare const GelatoSelfieReportError: SchemaModule<Type>;
