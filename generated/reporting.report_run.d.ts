import type { SchemaModule } from "./runtime/schema.js";
import type { ReportingReportRun as Type } from "./types/reporting.report_run.js";

export type { ReportingReportRun } from "./types/reporting.report_run.js";
declare const schema: SchemaModule<Type>;
export { schema as ReportingReportRun };
