import type { SchemaModule } from "./runtime/schema.js";
import type { ReportingReportType as Type } from "./types/reporting.report_type.js";

export type ReportingReportType = Type;
export declare const ReportingReportType: SchemaModule<Type>;
