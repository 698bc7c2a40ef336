import type { SchemaModule } from "./runtime/schema.js";
import type { ReportingReportRun as Type } from "./types/reporting.report_run.js";

export type ReportingReportRun = Type;
export declare const ReportingReportRun: SchemaModule<Type>;
