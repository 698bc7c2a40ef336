import type { SchemaModule } from "./runtime/api.js";
import type { GelatoSelfieReportError as self } from "./types/gelato_selfie_report_error.js";

export type GelatoSelfieReportError = self;
export declare const GelatoSelfieReportError: SchemaModule<self>;
