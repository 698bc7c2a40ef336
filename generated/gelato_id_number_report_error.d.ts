import type { SchemaModule } from "./runtime/api.js";
import type { GelatoIdNumberReportError as self } from "./types/gelato_id_number_report_error.js";

export type GelatoIdNumberReportError = self;
export declare const GelatoIdNumberReportError: SchemaModule<self>;
