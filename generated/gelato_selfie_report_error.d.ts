import type { SchemaModule } from "./runtime/schema.js";
import type { GelatoSelfieReportError as Type } from "./types/gelato_selfie_report_error.js";

export type { GelatoSelfieReportError } from "./types/gelato_selfie_report_error.js";
declare const schema: SchemaModule<Type>;
export { schema as GelatoSelfieReportError };
