import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoIdNumberReportError as Type } from "./types/gelato_id_number_report_error.js";

export type { GelatoIdNumberReportError } from "./types/gelato_id_number_report_error.js";
declare const schema: SchemaModule<Type>;
export { schema as GelatoIdNumberReportError };
