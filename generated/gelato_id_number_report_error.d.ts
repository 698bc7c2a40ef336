import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoIdNumberReportError as Type } from "./types/gelato_id_number_report_error.js";

export type GelatoIdNumberReportError = Type;
export declare const GelatoIdNumberReportError: SchemaModule<Type>;
