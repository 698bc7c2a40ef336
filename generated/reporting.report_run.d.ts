import type { SchemaModule } from "./runtime/api.js";
import type { ReportingReportRun as self } from "./types/reporting.report_run.js";

export type ReportingReportRun = self;
export declare const ReportingReportRun: SchemaModule<self>;
