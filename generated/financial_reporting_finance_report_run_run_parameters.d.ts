import type { SchemaModule } from "./runtime/schema.js";
import type { FinancialReportingFinanceReportRunRunParameters as Type } from "./types/financial_reporting_finance_report_run_run_parameters.js";

export type FinancialReportingFinanceReportRunRunParameters = Type;
export declare const FinancialReportingFinanceReportRunRunParameters: SchemaModule<Type>;
