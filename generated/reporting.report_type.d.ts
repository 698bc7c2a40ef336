import type { SchemaModule } from "./runtime/schema.js";
import type { ReportingReportType as Type } from "./types/reporting.report_type.js";

export type { ReportingReportType } from "./types/reporting.report_type.js";
declare const schema: SchemaModule<Type>;
export { schema as ReportingReportType };
