import type { SchemaModule } from "./runtime/schema.js";
import type { FinancialReportingFinanceReportRunRunParameters as Type } from "./types/financial_reporting_finance_report_run_run_parameters.js";

export type { FinancialReportingFinanceReportRunRunParameters } from "./types/financial_reporting_finance_report_run_run_parameters.js";
declare const schema: SchemaModule<Type>;
export { schema as FinancialReportingFinanceReportRunRunParameters };
