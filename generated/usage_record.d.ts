import type { SchemaModule } from "./runtime/api.js";
import type { UsageRecord as self } from "./types/usage_record.js";

export type UsageRecord = self;
export declare const UsageRecord: SchemaModule<self>;
