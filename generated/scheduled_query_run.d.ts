import type { SchemaModule } from "./runtime/schema.js";
import type { ScheduledQueryRun as Type } from "./types/scheduled_query_run.js";

export type { ScheduledQueryRun } from "./types/scheduled_query_run.js";
declare const schema: SchemaModule<Type>;
export { schema as ScheduledQueryRun };
