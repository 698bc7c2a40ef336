import type { SchemaModule } from "./runtime/schema.js";
import type { SigmaScheduledQueryRunError as Type } from "./types/sigma_scheduled_query_run_error.js";

export type SigmaScheduledQueryRunError = Type;
export declare const SigmaScheduledQueryRunError: SchemaModule<Type>;
