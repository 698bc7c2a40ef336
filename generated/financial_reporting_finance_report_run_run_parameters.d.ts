import type * as runtime from "./runtime/api.js";
import type { FinancialReportingFinanceReportRunRunParameters as self } from "./types/financial_reporting_finance_report_run_run_parameters.js";

export type FinancialReportingFinanceReportRunRunParameters = self;
export declare const FinancialReportingFinanceReportRunRunParameters: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateFinancialReportingFinanceReportRunRunParameters(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** Whether `input` is valid, as `validate` says in strict mode, by a check that records nothing and stops at the first failure; a bundle that uses only this leaves issues and changesets out. */
export declare function isFinancialReportingFinanceReportRunRunParameters(
  input: unknown,
): input is self;
/** The compiled check that other schema modules call. */
export declare const checkFinancialReportingFinanceReportRunRunParameters: runtime.Check;
/** The compiled test (the check without issues) that other schema modules' tests call. */
export declare const testFinancialReportingFinanceReportRunRunParameters: runtime.Test;
