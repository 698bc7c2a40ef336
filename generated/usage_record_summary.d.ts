import type { SchemaModule } from "./runtime/api.js";
import type { UsageRecordSummary as self } from "./types/usage_record_summary.js";

export type UsageRecordSummary = self;
export declare const UsageRecordSummary: SchemaModule<self>;
