import type { SchemaModule } from "./runtime/api.js";
import type { SigmaScheduledQueryRunError as self } from "./types/sigma_scheduled_query_run_error.js";

export type SigmaScheduledQueryRunError = self;
export declare const SigmaScheduledQueryRunError: SchemaModule<self>;
