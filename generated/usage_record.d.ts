import type * as runtime from "./runtime/api.js";
import type { UsageRecord as self } from "./types/usage_record.js";

export type UsageRecord = self;
export declare const UsageRecord: runtime.SchemaModule<self>;
/** `validate` of the schema module without `unknownKeys: "strip"`; a bundle that uses only this leaves changesets out. */
export declare function validateUsageRecord(
  input: unknown,
  options?: runtime.CheckOptions,
): runtime.Result<self>;
/** `is` of the schema module; a bundle that uses only this leaves changesets out. */
export declare function isUsageRecord(input: unknown): input is self;
/** The compiled check that other schema modules call. */
export declare const checkUsageRecord: runtime.Check;
