import type { SchemaModule } from "./runtime/schema.js";
import type { UsageRecord as Type } from "./types/usage_record.js";

export type UsageRecord = Type;
export declare const UsageRecord: SchemaModule<Type>;
