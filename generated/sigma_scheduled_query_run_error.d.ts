import type { SchemaModule } from "./runtime/schema.js";
import type { SigmaScheduledQueryRunError as Type } from "./types/sigma_scheduled_query_run_error.js";

export type { SigmaScheduledQueryRunError } from "./types/sigma_scheduled_query_run_error.js";
declare const schema: SchemaModule<Type>;
export { schema as SigmaScheduledQueryRunError };
