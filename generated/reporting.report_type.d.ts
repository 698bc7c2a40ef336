import type { SchemaModule } from "./runtime/api.js";
import type { ReportingReportType as self } from "./types/reporting.report_type.js";

export type ReportingReportType = self;
export declare const ReportingReportType: SchemaModule<self>;
