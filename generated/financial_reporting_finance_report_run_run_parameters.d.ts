import type { SchemaModule } from "./runtime/api.js";
import type { FinancialReportingFinanceReportRunRunParameters as self } from "./types/financial_reporting_finance_report_run_run_parameters.js";

export type FinancialReportingFinanceReportRunRunParameters = self;
export declare const FinancialReportingFinanceReportRunRunParameters: SchemaModule<self>;
