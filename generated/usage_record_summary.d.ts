import type { SchemaModule } from "./runtime/schema.js";
import type { UsageRecordSummary as Type } from "./types/usage_record_summary.js";

export type UsageRecordSummary = Type;
export declare const UsageRecordSummary: SchemaModule<Type>;
