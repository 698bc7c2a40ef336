import type { SchemaModule } from "./runtime/schema.js";
import type { ScheduledQueryRun as Type } from "./types/scheduled_query_run.js";

export type ScheduledQueryRun = Type;
export declare const ScheduledQueryRun: SchemaModule<Type>;
