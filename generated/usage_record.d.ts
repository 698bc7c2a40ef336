import type { SchemaModule } from "./runtime/schema.js";
import type { UsageRecord as Type } from "./types/usage_record.js";

export type { UsageRecord } from "./types/usage_record.js";
declare const schema: SchemaModule<Type>;
export { schema as UsageRecord };
