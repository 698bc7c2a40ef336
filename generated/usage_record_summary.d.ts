import type { SchemaModule } from "./runtime/schema.js";
import type { UsageRecordSummary as Type } from "./types/usage_record_summary.js";

export type { UsageRecordSummary } from "./types/usage_record_summary.js";
declare const schema: SchemaModule<Type>;
export { schema as UsageRecordSummary };
