import type * as runtime from "./runtime/api.js";
import type { UsageRecordSummary as self } from "./types/usage_record_summary.js";

export type UsageRecordSummary = self;
export declare const UsageRecordSummary: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateUsageRecordSummary(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isUsageRecordSummary(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkUsageRecordSummary: runtime.Check;
