import type { SchemaModule } from "./runtime/api.js";
import type { ScheduledQueryRun as self } from "./types/scheduled_query_run.js";

export type ScheduledQueryRun = self;
export declare const ScheduledQueryRun: SchemaModule<self>;
