import type { SchemaModule } from "./runtime/schema.js";
import type { QuotesResourceStatusTransitions as Type } from "./types/quotes_resource_status_transitions.js";

export type QuotesResourceStatusTransitions = Type;
export declare const QuotesResourceStatusTransitions: SchemaModule<Type>;
